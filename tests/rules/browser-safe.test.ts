import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

// House style §4: rules/ runs in the browser too. It imports nothing Node-only, nothing of the
// framework, the database or the server, and never reads the clock (the caller passes `asOf`).
function* tsFiles(dir: string): Generator<string> {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, e.name);
		if (e.isDirectory()) yield* tsFiles(full);
		else if (e.name.endsWith('.ts')) yield full;
	}
}
const files = [...tsFiles('rules')];

const FORBIDDEN = [
	[/from\s+['"]node:/, 'a node: module'],
	[/from\s+['"](astro|astro:[^'"]*)['"]/, 'the framework'],
	[/from\s+['"](@db\/|(\.\.\/)+db\/)/, 'the database'],
	[/from\s+['"](@lib\/server|.*src\/lib\/server)/, 'server code'],
	[/\bDate\.now\s*\(|new Date\(\s*\)/, 'the clock'],
	// Full zod weighs ~24 kB gzipped in every calculator page; rules use zod/mini through ./zod-mini.
	[/from\s+['"]zod['"]/, 'full zod (use ./zod-mini)'],
] as const;

describe('rules/ is framework-free and browser-safe', () => {
	test('there are rule modules to check', () => expect(files.length).toBeGreaterThan(10));

	test.each(files)('%s imports nothing server-side and never reads the clock', (file) => {
		const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
		const found = FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, what]) => what);
		expect(found).toEqual([]);
	});

	test('every module bundles for the browser platform', async () => {
		const result = await build({ entryPoints: files, bundle: true, platform: 'browser', format: 'esm', write: false, outdir: 'out', logLevel: 'silent' });
		expect(result.errors).toEqual([]);
	});
});
