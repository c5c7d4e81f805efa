import { createHash } from 'node:crypto';

/** An edition's manifest: every page file (path below content/, e.g. "handbook/2-3-vacation.mdx") and the SHA-256 of its text. */
export type Manifest = Record<string, string>;

/** The collections an edition covers, as folders below content/. */
export const EDITION_COLLECTIONS = ['handbook', 'ethics', 'procedures'] as const;

/** SHA-256 (hex) of a page's text; line endings are normalised so a checkout's settings change nothing. */
export function hashText(text: string): string {
	return createHash('sha256').update(normalizeText(text)).digest('hex');
}

export function normalizeText(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

/** The manifest's own hash, as an editions.yaml entry records it: one "path hash" line per file, sorted. */
export function manifestHash(manifest: Manifest): string {
	const lines = Object.keys(manifest)
		.sort()
		.map((path) => `${path} ${manifest[path]}\n`)
		.join('');
	return createHash('sha256').update(lines).digest('hex');
}

/** The page id a file has in its collection (as src/content.config.ts makes it): "2-1-daily-time/index.mdx" → "2-1-daily-time". */
export function pageIdOfFile(fileInCollection: string): string {
	return fileInCollection.replace(/\.mdx?$/, '').replace(/\/index$/, '');
}

/** "handbook/2-3-vacation.mdx" → { collection: "handbook", file: "2-3-vacation.mdx", id: "2-3-vacation" }. */
export function splitPath(path: string): { collection: string; file: string; id: string } {
	const slash = path.indexOf('/');
	const collection = path.slice(0, slash);
	const file = path.slice(slash + 1);
	return { collection, file, id: pageIdOfFile(file) };
}
