import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Helpers over the built site in dist/client, for the tests that read its HTML directly. */
export const DIST = `${process.env.DIST_DIR ?? 'dist'}/client`;

/** The source documents the repository carries (sources/README.md). */
export const SEEDS_DIR = 'sources';

/** The text of the seed document whose file name starts with `prefix` ("003"). */
export function seedText(prefix: string): string {
	const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${prefix}_`));
	if (!file) throw new Error(`No seed ${prefix}_… in ${SEEDS_DIR}`);
	return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/** Every built HTML page as [site path, html]. */
export function builtPages(): [string, string][] {
	const out: [string, string][] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, e.name);
			if (e.isDirectory()) walk(full);
			else if (e.name.endsWith('.html')) {
				const rel = `/${relative(DIST, full).replace(/\\/g, '/')}`.replace(/index\.html$/, '').replace(/\.html$/, '');
				out.push([rel, readFileSync(full, 'utf8')]);
			}
		}
	};
	walk(DIST);
	return out;
}

/** The rows of /search/sections.json: every content page with its section number. */
export function sectionRows(): { section: string; title: string; href: string; historical: boolean }[] {
	return JSON.parse(readFileSync(join(DIST, 'search/sections.json'), 'utf8'));
}

/** Whether a built file exists for a site path ("/handbook/2-3-vacation/"). */
export function isBuilt(path: string): boolean {
	const clean = path.split('#')[0]!.split('?')[0]!;
	return existsSync(join(DIST, clean, 'index.html')) || existsSync(join(DIST, clean)) || existsSync(join(DIST, `${clean.replace(/\/$/, '')}.html`));
}
