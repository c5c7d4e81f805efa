/**
 * The search page's own layer over Pagefind (pure, shared by the browser and the tests): the
 * employees' vocabulary matched against a query with typing errors forgiven, the words that carry
 * the query's meaning, spelling suggestions, and the relaxed queries tried when every word together
 * finds nothing. Pagefind has no synonyms, no typo tolerance and weights titles weakly; this is the
 * small index beside it that fixes that (a few kB of titles and aliases, fetched with the first search).
 */
import { distance } from 'fastest-levenshtein';

/** One entry of /search/vocabulary.json: a page and the phrases that name it. */
export interface VocabularyEntry {
	href: string;
	/** "2.3 Vacation", "Vacation (calculator)", an event's name. */
	title: string;
	kind: 'section' | 'calculator' | 'event';
	/** Where it lives: "Employee Handbook", "Calculator", "Reporting guide". */
	label: string;
	/** Its title (or event name) first, then the reporting catalog's other names, then the employees' aliases. */
	phrases: string[];
	/** How many phrases are the entry's own title (1). */
	titles: number;
	/** How many of the catalog's other names follow the title. Titles and other names may match in part. */
	otherNames: number;
	/** How many glossary terms end the phrases (a definitions page's defined terms). */
	glossary: number;
}

/** A vocabulary entry that matched, with how well. */
export interface VocabularyHit {
	entry: VocabularyEntry;
	score: number;
	/** The phrase that matched best. */
	phrase: string;
	/** Where that phrase comes from: 0 the entry's title, 1 the employees' aliases, 2 the catalog's other names, 3 a glossary term. */
	source: 0 | 1 | 2 | 3;
}

/** The source of an entry's i-th phrase (see VocabularyHit.source). */
function sourceOf(entry: VocabularyEntry, i: number): VocabularyHit['source'] {
	if (i < entry.titles) return 0;
	if (i >= entry.phrases.length - entry.glossary) return 3;
	return i < entry.titles + entry.otherNames ? 2 : 1;
}

// Words that never carry a query's meaning when matching phrases: articles, prepositions, pronouns.
const FILLER = new Set('a an the of and or to in on for with by at from is are was be been it its this that i me my mine our we us you your he she his her him they their them im ive id'.split(' '));
// Question words and the like: kept for phrases ("how much vacation") but dropped from the full-text
// query, where "how many sick days" would otherwise need every page to say "how" and "many".
const QUESTION = new Set('how many much what whats when where who why which can could should would will do does did get got have has had if happens happen happened there am need want know tell about any some again'.split(' '));

/** Lowercase words with apostrophes and punctuation gone ("What's my PTO?" → what, s, my, pto). */
export function words(text: string): string[] {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/['’]s\b/g, '')
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

/** A crude stem, the same on both sides: plurals and -ed/-ing endings ("hearings" → "hear", "missed" → "miss"). */
export function stem(word: string): string {
	let w = word;
	if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
	else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
	for (const end of ['ing', 'ed']) if (w.endsWith(end) && w.length - end.length >= 4) return w.slice(0, -end.length);
	return w;
}

/** The matching form of a text: its stemmed words without filler. */
function terms(text: string): string[] {
	return words(text)
		.filter((w) => !FILLER.has(w))
		.map(stem);
}

/** Two stems are the same word, or one a typing error of the other: one edit from 5 letters, two from 8. */
export function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	const shorter = Math.min(a.length, b.length);
	if (shorter < 5 || /\d/.test(a) || /\d/.test(b)) return false;
	return distance(a, b) <= (shorter >= 8 ? 2 : 1);
}

/**
 * How well a phrase matches the query's terms: its word count when every word is there (plus half a
 * point for being complete), or, for a title of three or more words, the words found when at least
 * two thirds are ("youth arrested" → "Child or Youth Arrested"); otherwise 0. Numbers in titles
 * ("2.3") do not count: section numbers have their own exact lookup.
 */
function phraseScore(phrase: string, query: string[], isTitle: boolean): number {
	const need = terms(phrase).filter((t) => !(isTitle && /^\d+$/.test(t)));
	if (need.length === 0) return 0;
	const found = need.filter((t) => query.some((q) => sameWord(q, t))).length;
	if (found === need.length) return found + 0.5;
	if (isTitle && need.length >= 3 && found >= 2 && found * 3 >= need.length * 2) return found;
	return 0;
}

/**
 * The vocabulary entries a query names, best first: the entry's best phrase score; at equal scores
 * a match on the entry's own title, then on the employees' aliases, then on the reporting catalog's
 * other names, then a glossary term (the catalog's names are written for the guide's own search: "harassment" there names an event, here
 * §3.13 first); then a calculator or reporting checklist before a section (the answer before the
 * rule); then the vocabulary's own order.
 * @example matchVocabulary('how much vacation will I have', vocabulary)[0].entry.href //=> '/tools/vacation/'
 */
export function matchVocabulary(query: string, vocabulary: readonly VocabularyEntry[]): VocabularyHit[] {
	const q = terms(query);
	if (q.length === 0) return [];
	const hits: (VocabularyHit & { order: number })[] = [];
	vocabulary.forEach((entry, order) => {
		let best: VocabularyHit | undefined;
		entry.phrases.forEach((phrase, i) => {
			const source = sourceOf(entry, i);
			const score = phraseScore(phrase, q, source === 0 || source === 2);
			if (score > 0 && (!best || score > best.score || (score === best.score && source < best.source))) best = { entry, score, phrase, source };
		});
		if (best) hits.push({ ...best, order });
	});
	const kindRank = (e: VocabularyEntry) => (e.kind === 'section' ? 1 : 0);
	return hits
		.sort((a, b) => b.score - a.score || a.source - b.source || kindRank(a.entry) - kindRank(b.entry) || a.order - b.order)
		.map(({ entry, score, phrase, source }) => ({ entry, score, phrase, source }));
}

/**
 * The closest entries when nothing else answers: any entry sharing a word with the query, by the
 * number of words shared. Used so that a search never ends on a blank page.
 */
export function closestEntries(query: string, vocabulary: readonly VocabularyEntry[], limit = 5): VocabularyEntry[] {
	const q = terms(query).filter((t) => !QUESTION.has(t));
	const scored = vocabulary
		.map((entry, order) => {
			const own = new Set(entry.phrases.flatMap(terms));
			return { entry, order, n: q.filter((t) => [...own].some((o) => sameWord(t, o))).length };
		})
		.filter((s) => s.n > 0);
	return scored.sort((a, b) => b.n - a.n || a.order - b.order).slice(0, limit).map((s) => s.entry);
}

/**
 * The words of a query that carry its meaning, for the full-text index: without question words and
 * filler ("what happens if I miss court twice" → "miss court twice"). A query of nothing but such
 * words keeps them all.
 */
export function contentWords(query: string): string[] {
	const all = words(query);
	const kept = all.filter((w) => !FILLER.has(w) && !QUESTION.has(w));
	return kept.length > 0 ? kept : all;
}

/**
 * The query with each word the vocabulary does not know replaced by the known word it is a typing
 * error of, or undefined when nothing changes ("vacaton days" → "vacation days").
 */
export function spellingSuggestion(query: string, vocabulary: readonly VocabularyEntry[]): string | undefined {
	const known = knownWords(vocabulary);
	let changed = false;
	const corrected = contentWords(query).map((w) => {
		if (w.length < 5 || /\d/.test(w) || known.has(w) || known.has(stem(w))) return w;
		let best: string | undefined;
		let bestDistance = Infinity;
		for (const k of known) {
			if (Math.abs(k.length - w.length) > 2 || !sameWord(w, k)) continue;
			const d = distance(w, k);
			if (d < bestDistance) [best, bestDistance] = [k, d];
		}
		if (!best) return w;
		changed = true;
		return best;
	});
	return changed ? corrected.join(' ') : undefined;
}

const knownCache = new WeakMap<readonly VocabularyEntry[], Set<string>>();
function knownWords(vocabulary: readonly VocabularyEntry[]): Set<string> {
	let known = knownCache.get(vocabulary);
	if (!known) knownCache.set(vocabulary, (known = new Set(vocabulary.flatMap((e) => e.phrases.flatMap(words)))));
	return known;
}

/**
 * Relaxed forms of a query of several words, tried in turn when all of them together find nothing:
 * each one word shorter (the caller keeps the one that finds most, i.e. without the rarest word),
 * then any single word. "child death caseload" → ["death caseload", "child caseload", "child death"].
 */
export function withOneWordDropped(queryWords: readonly string[]): string[][] {
	if (queryWords.length < 2) return [];
	return queryWords.map((_, i) => queryWords.filter((__, j) => j !== i));
}
