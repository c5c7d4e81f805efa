// `npm run edition:release -- --id 2027-01 --date 2027-01-15 --title "…" --summary "…"`: makes the
// committed content the new current edition (src/lib/editions/release.ts). CONTENT_DIR moves the folder.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EditionError } from '../src/lib/editions/edition-file.ts';
import { gitIn } from '../src/lib/editions/git.ts';
import { releaseEdition } from '../src/lib/editions/release.ts';

const { values } = parseArgs({ options: { id: { type: 'string' }, date: { type: 'string' }, title: { type: 'string' }, summary: { type: 'string' } } });
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const repo = gitIn(contentDir);
try {
	const r = releaseEdition(contentDir, { id: values.id ?? '', date: values.date ?? '', title: values.title ?? '', summary: values.summary ?? '' }, repo);
	console.log(`Edition ${r.edition.id} (${r.edition.date}) released from ${r.edition.commit}: ${r.changed.length} changed, ${r.added.length} added, ${r.removed.length} removed; ${r.frozen.length} earlier texts frozen.`);
} catch (error) {
	if (!(error instanceof EditionError)) throw error;
	console.error(`edition:release: ${error.message}`);
	process.exit(1);
}
