import { execFileSync } from 'node:child_process';

type VFile = { path?: string; history?: string[]; data: { astro?: { frontmatter?: Record<string, unknown> } } };

/** Remark plugin: puts the date of the last commit that touched the page into frontmatter.lastModified
 * (YYYY-MM-DD); a page not yet committed gets no date rather than a made-up one. */
export function remarkLastModified() {
	return (_tree: unknown, file: VFile) => {
		const path = file.path ?? file.history?.[0];
		if (!path) return;
		let date = '';
		try {
			date = execFileSync('git', ['log', '-1', '--format=%cs', '--', path], { encoding: 'utf8' }).trim();
		} catch {
			// Not a git checkout (e.g. a source tarball): the page simply shows no date.
		}
		const fm = (file.data.astro ??= {}).frontmatter ?? (file.data.astro.frontmatter = {});
		if (date) fm.lastModified = date;
	};
}
