import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Edition } from '@lib/editions/edition-file';
import { COLLECTIONS } from '@lib/nav';
import { pdfFileName, PRINT_COLLECTIONS } from '@lib/print/print-document';
import type { CollectionName } from '@lib/nav';

/** The PDFs `npm run edition:pdf` made, as the site offers them: whichever exist, read at each request. */

/** Where the PDFs are: PRINT_DIR, default editions-pdf/ in the working directory (as the command writes them). */
export const printDir = (): string => resolve(process.env.PRINT_DIR ?? 'editions-pdf');

export interface PrintedPdf {
	collection: CollectionName;
	label: string;
	edition: Edition;
	file: string;
	bytes: number;
}

/** Every PDF present, newest edition first, in collection order. */
export function availablePdfs(dir: string, editions: readonly Edition[]): PrintedPdf[] {
	return [...editions].reverse().flatMap((edition) =>
		PRINT_COLLECTIONS.flatMap((collection) => {
			const file = pdfFileName(collection, edition.id);
			const path = join(dir, file);
			return existsSync(path) ? [{ collection, label: COLLECTIONS[collection].label, edition, file, bytes: statSync(path).size }] : [];
		}),
	);
}

/** The path of a PDF by its file name, only if it is one of the names the command writes (no other file is served). */
export function pdfPath(dir: string, editions: readonly Edition[], file: string): string | undefined {
	const known = editions.some((e) => PRINT_COLLECTIONS.some((c) => pdfFileName(c, e.id) === file));
	const path = join(dir, file);
	return known && existsSync(path) ? path : undefined;
}
