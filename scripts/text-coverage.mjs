#!/usr/bin/env node
// Prints how much of each source document the built site holds; `--missing` lists what is not found.
import { measureCoverage } from './lib/text-coverage.mjs';

const showMissing = process.argv.includes('--missing');
const only = process.argv.find((a) => /^\d{3}$/.test(a));
for (const doc of measureCoverage({ seedsDir: 'sources', distDir: `${process.env.DIST_DIR ?? 'dist'}/client` })) {
	if (only && doc.seed !== only) continue;
	console.log(`${doc.seed} ${doc.name}: ${(doc.ratio * 100).toFixed(2)}% of ${doc.passages} passages' text (${doc.missing.length} passages missing)`);
	if (showMissing) for (const m of doc.missing) console.log(`   - ${m.slice(0, 160)}`);
}
