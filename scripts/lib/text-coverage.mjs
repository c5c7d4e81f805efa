// Text coverage: how much of each source document's text the built pages hold. Used by the e2e
// coverage test and runnable by hand: `node scripts/text-coverage.mjs [--missing]` after a build.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The four seeds and the built folders that must hold their text. */
export const DOCUMENTS = [
	{ seed: '003', name: 'Employee Handbook', dirs: ['handbook', 'ethics'] },
	{ seed: '001', name: 'Procedures 331 Significant Event Reporting', dirs: ['procedures/331'] },
	{ seed: '002', name: 'Procedures 331 Unusual Incidents (2001)', dirs: ['procedures/331-2001'] },
	{ seed: '000', name: 'EPIC customer incident procedure', dirs: ['procedures/epic-customer-incident'] },
];

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'" };

/** Lower-case words only: punctuation, markup, quotes and fractions normalised away. */
export function normalizeText(text) {
	return text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<(https?:[^>\s]+)>/g, ' $1 ')
		.replace(/\\([$*_#])/g, '$1')
		.replace(/\$?\\frac\{(\d+)\}\{(\d+)\}\$?/g, ' $1/$2 ')
		// Numbers glued to the word before them by the conversion ("alarm2.", "NoSupervisor's").
		.replace(/([a-z])(\d+\.)/g, '$1 $2')
		.replace(/([a-z])([A-Z][a-z])/g, '$1 $2')
		.replace(/½/g, ' 1/2 ').replace(/¼/g, ' 1/4 ').replace(/¾/g, ' 3/4 ')
		.replace(/&(#?\w+);/g, (m, e) => ENTITIES[e] ?? (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1).replace(/^x/, '0x'))) : m))
		.replace(/<[^>]+>/g, ' ')
		.replace(/[’‘]/g, "'")
		.replace(/[“”]/g, '"')
		.toLowerCase()
		.replace(/[^a-z0-9/$%]+/g, ' ')
		.replace(/\b(\d+) (st|nd|rd|th)\b/g, '$1$2')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The visible text of the main content of a built page. */
export function pageText(html) {
	const body = /data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? html;
	return body.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ');
}

function* htmlFiles(dir) {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return;
	}
	for (const e of entries) {
		const full = join(dir, e.name);
		if (e.isDirectory()) yield* htmlFiles(full);
		else if (e.name.endsWith('.html')) yield full;
	}
}

// Conversion artifacts the issue asks us to remove: they are not text of the documents.
const ARTIFACTS = [
	/this page (is )?intentionally left blank\.?$/i,
	/^unusual incidents\s+october 1, 2001\s*[-–]\s*p\.?\s?t\.? 2001\.30$/i,
	/\(cont'?d\.?\)\s*$/i,
	/\(continued\)\s*$/i,
	/^error! bookmark not defined\.?$/i,
	// Running page footers: a date and a Policy Transmittal number alone on a line.
	/^\**[A-Z][a-z]+ \d{1,2}, \d{4}\s*[-–]\s*P\.?\s?T\.?\s*\d{2,4}\.\d+\**$/,
];

/** Passages of a source text: its lines, split further at sentence ends; each ≥ 3 words after normalising. */
export function passages(source) {
	const out = [];
	// A tab between two lower-case letters is a conversion artifact inside a word ("Involv\ting").
	for (const line of source.replace(/([a-z])\t([a-z])/g, '$1$2').split('\n')) {
		// List markers ("- o", "•") and a leading "Section" are presentation, not text.
		// Enumerators ("6)", "a.", "1.") may become list numbering, which is not page text.
		const text = line
			.replace(/^=+/, '')
			.replace(/^[\s\-–•*·]*(?:[o0]\s+)?/, '')
			.replace(/^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s+/i, '')
			.replace(/^Section\s+(?=\d)/, '');
		if (ARTIFACTS.some((a) => a.test(text.trim()))) continue;
		for (const piece of text.split(/(?<=[.;:?!])\s+(?=[A-Z(])/)) {
			const n = normalizeText(piece);
			if (n.split(' ').length >= 3) out.push({ raw: piece.trim(), norm: n });
		}
	}
	return out;
}

// A passage found whole earns all its characters. One that is not (a table row whose cells the site
// lays out differently, a word the conversion garbled and the page spells right) earns the share of its
// four-word sequences that the pages hold: rearranged text still counts, missing text does not.
const SHINGLE_WORDS = 4;

function shingles(words) {
	const out = [];
	for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.push(words.slice(i, i + SHINGLE_WORDS).join(' '));
	return out;
}

/**
 * Coverage of one document: the share of its passage characters found in the built pages (see above).
 */
export function coverage(sourceText, corpus) {
	const list = passages(sourceText);
	const corpusShingles = new Set(shingles(corpus.split(' ')));
	let total = 0;
	let found = 0;
	const missing = [];
	for (const p of list) {
		total += p.norm.length;
		if (corpus.includes(p.norm)) {
			found += p.norm.length;
			continue;
		}
		const own = shingles(p.norm.split(' '));
		const share = own.length === 0 ? 0 : own.filter((s) => corpusShingles.has(s)).length / own.length;
		found += share * p.norm.length;
		if (share < 0.9) missing.push(p.raw);
	}
	return { ratio: total === 0 ? 1 : found / total, missing, passages: list.length };
}

/** Reads the seeds and the built site and returns the coverage of every document. */
export function measureCoverage({ seedsDir, distDir }) {
	const seeds = readdirSync(seedsDir);
	return DOCUMENTS.map((doc) => {
		const file = seeds.find((f) => f.startsWith(`${doc.seed}_`));
		const source = readFileSync(join(seedsDir, file), 'utf8');
		const corpus = doc.dirs
			.flatMap((d) => [...htmlFiles(join(distDir, d))])
			.map((f) => normalizeText(pageText(readFileSync(f, 'utf8'))))
			.join(' | ');
		return { ...doc, ...coverage(source, corpus) };
	});
}
