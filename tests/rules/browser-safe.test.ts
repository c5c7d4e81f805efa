import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
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

// House style §8 and issue 15: rules/ reads like the handbook — a folder per part, no import
// cycles (shared shapes live in a schema file), and one import path per public name.
function importsOf(file: string): string[] {
	const code = readFileSync(file, 'utf8');
	return [...code.matchAll(/(?:from|import)\s+['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => normalize(join(dirname(file), m[1]!)) + '.ts');
}

describe('rules/ layout', () => {
	test('rule modules sit in the handbook parts, with only the shared core at the top', () => {
		const top = files.filter((f) => !f.slice('rules/'.length).includes('/')).map((f) => f.slice('rules/'.length)).sort();
		expect(top).toEqual(['citations.ts', 'dates.ts', 'errors.ts', 'money.ts', 'result.ts', 'zod-mini.ts']);
		const parts = new Set(files.map((f) => f.split('/')[1]).filter((p) => !p!.endsWith('.ts')));
		expect([...parts].sort()).toEqual(['calendar', 'discipline', 'ethics', 'leave', 'reporting']);
	});

	test('no module re-exports another (one import path per public name)', () => {
		const reexports = files.filter((f) => /^export\s+(type\s+)?(\*|\{[^}]*\})\s+from\s/m.test(readFileSync(f, 'utf8')));
		expect(reexports).toEqual([]);
	});

	test('no import cycle, type imports included', () => {
		const graph = new Map(files.map((f) => [f, importsOf(f)]));
		const cycles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const visit = (f: string, path: string[]) => {
			if (state.get(f) === 'done') return;
			if (state.get(f) === 'open') return void cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
			state.set(f, 'open');
			for (const next of graph.get(f) ?? []) visit(next, [...path, f]);
			state.set(f, 'done');
		};
		for (const f of files) visit(f, []);
		expect(cycles).toEqual([]);
	});
});
