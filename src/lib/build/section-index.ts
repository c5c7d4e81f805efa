import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { keysForSection, scopeOfPath, type SectionIndex } from '../cross-refs';

/**
 * Build-time only: reads the `section` value of every page's frontmatter under content/ and maps its
 * keys to the page path, plus the anchors of the long statutes (Rule 437 sections, Ethics Act sections).
 */
export function buildSectionIndex(contentDir: string): SectionIndex {
	const index = new Map<string, string>();
	const pages = [...walk(contentDir)].map((file) => {
		const rel = relative(contentDir, file).replace(/\\/g, '/');
		return { path: `/${rel.replace(/\.mdx?$/, '').replace(/\/index$/, '')}/`, source: readFileSync(file, 'utf8') };
	});
	// Pages' own section numbers first, so an anchor never takes a number a page already answers to.
	for (const { path, source } of pages) {
		const section = /^section:\s*['"]?(.+?)['"]?\s*$/m.exec(frontmatter(source))?.[1];
		if (section) for (const key of keysForSection(section, scopeOfPath(path))) if (!index.has(key)) index.set(key, path);
	}
	// Then the anchors of long statutes and procedures: id="section-437-40" answers to "Section 437.40" on
	// numbered-rule pages (Rule 437, Procedures 431, Administrative Procedures), and id="section-10-15" to
	// "Sec. 10-15" in the Ethics Act, whose sections are numbered with a hyphen.
	for (const { path, source } of pages) {
		const dotted = /\/(rule-|procedures-\d|administrative-procedure-)/.test(path);
		for (const [, anchor] of source.matchAll(/id="section-([\d]+(?:-[\da-z]+)*)"/g)) {
			const key = dotted ? `section ${anchor!.replace('-', '.')}` : `section ${anchor!.replace(/^(\d+-\d+)-(\d+)$/, '$1.$2')}`;
			if (!index.has(key)) index.set(key, `${path}#section-${anchor}`);
		}
	}
	if (index.has('section 331')) index.set('procedures 331', index.get('section 331')!);
	return index;
}

const memo = new Map<string, SectionIndex>();

/** The section index of a content folder, built once per process. */
export function sectionIndexFor(contentDir: string): SectionIndex {
	let index = memo.get(contentDir);
	if (!index) memo.set(contentDir, (index = buildSectionIndex(contentDir)));
	return index;
}

function frontmatter(source: string): string {
	return /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
}

function* walk(dir: string, top = true): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		// content/editions/ holds earlier editions' texts: a section number answers with its current page.
		if (entry.isDirectory()) {
			if (!(top && entry.name === 'editions')) yield* walk(full, false);
		}
		else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) yield full;
	}
}
