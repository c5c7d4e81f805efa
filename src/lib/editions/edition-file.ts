import { parse } from 'yaml';
import { z } from 'zod';

/**
 * content/editions.yaml: the dated, named releases of the content, oldest first. The last entry is
 * the current edition. Each entry names the content it freezes by the SHA-256 of its manifest
 * (content/editions/<id>.json: every page file and the hash of its text), so a build needs no git
 * history to know that what it shows is what was released.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const EditionSchema = z.object({
	/** Stable id used in URLs and records, e.g. "2026-12". */
	id: z
		.string({ error: 'expected an id' })
		.regex(/^[a-z0-9][a-z0-9.-]{0,39}$/, { error: (i) => `expected an id of lower-case letters, digits, dots and dashes, got ${JSON.stringify(i.input)}` }),
	/** The day the edition takes effect, YYYY-MM-DD. */
	date: z
		.string({ error: 'expected a date (YYYY-MM-DD)' })
		.regex(ISO_DATE, { error: (i) => `expected a date as YYYY-MM-DD, got ${JSON.stringify(i.input)}` })
		.refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { error: 'expected a real calendar date' }),
	title: z.string({ error: 'expected a title' }).trim().min(1, { error: 'expected a title' }),
	summary: z.string({ error: 'expected a one-paragraph summary of what changed' }).trim().min(1, { error: 'expected a summary' }),
	/** SHA-256 (hex) of the edition's manifest. */
	hash: z.string({ error: 'expected the manifest hash' }).regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 in hex (64 characters)' }),
	/** The commit the release was made from; `npm run edition:release` reads earlier texts from it. */
	commit: z
		.string()
		.regex(/^[0-9a-f]{7,40}$/, { error: (i) => `expected a git commit id, got ${JSON.stringify(i.input)}` })
		.optional(),
});
export type Edition = z.infer<typeof EditionSchema>;

/** A problem in the editions file or the frozen texts; the message names the entry or the file. */
export class EditionError extends Error {
	override name = 'EditionError';
}

/** Parses and checks content/editions.yaml: each entry valid, ids unique, dates in order. */
export function parseEditionsFile(source: string, file = 'content/editions.yaml'): Edition[] {
	let raw: unknown;
	try {
		raw = parse(source);
	} catch (error) {
		throw new EditionError(`${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
	}
	const list = (raw as { editions?: unknown } | null)?.editions;
	if (!Array.isArray(list) || list.length === 0)
		throw new EditionError(`${file}: expected a list under "editions:" with at least one edition`);
	const editions: Edition[] = [];
	list.forEach((entry, index) => {
		const name = `${file}, edition ${index + 1}${entry && typeof entry === 'object' && 'id' in entry ? ` (${String(entry.id)})` : ''}`;
		const parsed = EditionSchema.safeParse(entry);
		if (!parsed.success) {
			const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ');
			throw new EditionError(`${name}: ${issues}`);
		}
		const e = parsed.data;
		const same = editions.find((x) => x.id === e.id);
		if (same) throw new EditionError(`${name}: id ${e.id} is used twice (also edition ${editions.indexOf(same) + 1})`);
		const prev = editions.at(-1);
		if (prev && e.date < prev.date)
			throw new EditionError(`${name}: date ${e.date} is before the previous edition's (${prev.id}, ${prev.date}); editions are listed oldest first`);
		editions.push(e);
	});
	return editions;
}
