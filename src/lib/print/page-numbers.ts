/**
 * The page each section starts on, read from a printed PDF's named destinations (`pdfinfo -dests`):
 * Chromium makes one for every element a link of the document targets, and the table of contents
 * links every section. Pure.
 */
export function parseDestinations(pdfinfoDests: string): Map<string, number> {
	const pages = new Map<string, number>();
	for (const line of pdfinfoDests.split('\n')) {
		const m = /^\s*(\d+)\s+\[.*\]\s+"(.+)"\s*$/.exec(line);
		if (m) pages.set(m[2]!, Number(m[1]));
	}
	return pages;
}

/** Do two printings put every section on the same page? */
export function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
	return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}
