import { exactMatches, queryVariants, type SectionRow } from '../lib/search-query';
import { closestEntries, contentWords, matchVocabulary, spellingSuggestion, withOneWordDropped, type VocabularyEntry, type VocabularyHit } from '../lib/search/match';

/** The parts of the Pagefind browser API this page uses. */
interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string; section?: string };
	filters: Record<string, string[]>;
}
interface PagefindHit {
	id: string;
	data(): Promise<PagefindResult>;
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

// Each shown result fetches its page fragment (long statutes' fragments are tens of kB), so results
// come in pages of eight: the first search stays small, and "More results" fetches the next eight.
const PAGE_SIZE = 8;
// The vocabulary's best matches shown above the full-text results: an answer, then its sections.
const MAX_ANSWERS = 3;
// A hit counts as an answer from one complete phrase ("dress code", "Vacation") upwards.
const MIN_ANSWER_SCORE = 1.5;

/** Wires the search page: reads the query from the URL, searches, renders, and keeps the URL in step. */
export function mountSearch(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form')!;
	const input = form.querySelector<HTMLInputElement>('#q')!;
	const collection = form.querySelector<HTMLSelectElement>('#collection')!;
	const chapter = form.querySelector<HTMLSelectElement>('#chapter')!;
	const status = document.querySelector<HTMLElement>('#search-status')!;
	const list = document.querySelector<HTMLOListElement>('#search-results')!;
	const more = document.querySelector<HTMLButtonElement>('#search-more')!;
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	collection.value = params.get('collection') ?? '';

	let pagefind: Promise<Pagefind> | undefined;
	let sections: Promise<SectionRow[]> | undefined;
	let vocabulary: Promise<VocabularyEntry[]> | undefined;
	const loadVocabulary = () => (vocabulary ??= fetch('/search/vocabulary.json').then((r) => r.json() as Promise<VocabularyEntry[]>));
	const loadPagefind = () =>
		(pagefind ??= import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`).then(async (pf: Pagefind) => {
			await pf.options({ excerptLength: 24 });
			return pf;
		}));
	// The section table is only needed when the query holds a number ("2.3", "CFS 119").
	const loadSections = (q: string) => (/\d/.test(q) ? (sections ??= fetch('/search/sections.json').then((r) => r.json() as Promise<SectionRow[]>)) : Promise.resolve([]));

	const fillChapters = async (selected: string) => {
		const pf = await loadPagefind();
		const chapters = Object.keys((await pf.filters()).chapter ?? {}).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
		chapter.replaceChildren(new Option('All chapters', ''), ...chapters.map((c) => new Option(c, c)));
		chapter.value = selected;
	};

	let pending: PagefindHit[] = [];
	let seen = new Set<string>();
	let shown = 0;

	const showMore = async () => {
		const batch: PagefindResult[] = [];
		while (batch.length < PAGE_SIZE && pending.length > 0) {
			const data = await pending.shift()!.data();
			const href = data.url.replace(/index\.html$/, '');
			if (seen.has(href)) continue;
			seen.add(href);
			batch.push(data);
		}
		for (const data of batch) list.append(resultItem(data));
		shown += batch.length;
		more.hidden = pending.length === 0;
		return batch.length;
	};

	const run = async () => {
		const q = input.value.trim();
		const url = new URL(location.href);
		for (const [k, v] of [['q', q], ['collection', collection.value], ['chapter', chapter.value]] as const) {
			if (v) url.searchParams.set(k, v);
			else url.searchParams.delete(k);
		}
		history.replaceState(null, '', url);
		list.replaceChildren();
		more.hidden = true;
		if (!q) {
			status.textContent = 'Type a word, a section number or a form number.';
			return;
		}
		status.textContent = 'Searching…';
		const [pf, rows, vocab] = await Promise.all([loadPagefind(), loadSections(q), loadVocabulary()]);
		const filters: Record<string, string> = {};
		if (collection.value) filters.collection = collection.value;
		if (chapter.value) filters.chapter = chapter.value;
		const inCollection = (label: string) => !collection.value || label === collection.value;
		const exact = exactMatches(q, rows).filter((r) => inCollection(r.collection));
		const answers = exact.length > 0 ? [] : matchVocabulary(q, vocab).filter((h) => h.score >= MIN_ANSWER_SCORE && (h.entry.kind !== 'section' || inCollection(h.entry.label)) && (!chapter.value || h.entry.kind === 'section')).slice(0, MAX_ANSWERS);
		seen = new Set([...exact.map((r) => r.href), ...answers.map((h) => h.entry.href)]);

		// Full text: the words that carry the meaning; if together they find nothing, a corrected
		// spelling, then one word fewer (keeping the variant that finds most), then any one word.
		const searchAll = async (query: string) => {
			const found: PagefindHit[] = [];
			const ids = new Set<string>();
			for (const variant of queryVariants(query))
				for (const hit of (await pf.search(variant, { filters }))?.results ?? []) {
					if (!ids.has(hit.id)) found.push(hit);
					ids.add(hit.id);
				}
			return found;
		};
		const meaning = contentWords(q);
		let note = '';
		pending = meaning.length > 0 ? await searchAll(meaning.join(' ')) : [];
		const suggestion = spellingSuggestion(q, vocab);
		if (pending.length === 0 && suggestion) {
			pending = await searchAll(suggestion);
			if (pending.length > 0) note = `No page has “${meaning.join(' ')}”; showing results for “${suggestion}”.`;
		}
		if (pending.length === 0 && meaning.length > 1) {
			let best: { words: string[]; hits: PagefindHit[] } | undefined;
			for (const fewer of withOneWordDropped(meaning)) {
				const hits = await searchAll(fewer.join(' '));
				if (hits.length > (best?.hits.length ?? 0)) best = { words: fewer, hits };
			}
			if (best) {
				pending = best.hits;
				note = `No page has all of “${meaning.join(' ')}”; showing pages with “${best.words.join(' ')}”.`;
			} else if (meaning.length > 2) {
				// With two words, "one word fewer" already was each word alone.
				const merged = new Map<string, PagefindHit>();
				for (const word of meaning) for (const hit of await searchAll(word)) if (!merged.has(hit.id)) merged.set(hit.id, hit);
				pending = [...merged.values()];
				if (pending.length > 0) note = `No page has all of “${meaning.join(' ')}”; showing pages with any of these words.`;
			}
		}

		const total = exact.length + answers.length + pending.length;
		for (const row of exact) list.append(exactItem(row));
		for (const hit of answers) list.append(answerItem(hit));
		shown = exact.length + answers.length;
		await showMore();
		// Pagefind matches unknown words loosely ("vacaton" finds pages), so a suggestion is offered
		// whenever a word is a typing error of the vocabulary's, not only when nothing was found.
		const suggestionLink = suggestion && exact.length === 0 ? suggestionParagraph(suggestion) : undefined;
		if (total === 0) {
			status.textContent = `No results for “${q}”.`;
			list.append(...closestEntries(q, vocab).map(closestItem), fallbackItem());
		} else {
			status.textContent = `${total} result${total === 1 ? '' : 's'} for “${q}”.${note ? ` ${note}` : ''}`;
		}
		if (suggestionLink) status.append(' ', suggestionLink);
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	collection.addEventListener('change', () => void run());
	chapter.addEventListener('change', () => void run());
	more.addEventListener('click', () => {
		const first = shown;
		void showMore().then((added) => {
			// Keyboard users land on the first new result rather than back at the top.
			if (added > 0) list.querySelectorAll<HTMLAnchorElement>('li a.result-title')[first]?.focus();
		});
	});
	void fillChapters(params.get('chapter') ?? '').then(run);
}

function exactItem(row: SectionRow): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'exact';
	const a = Object.assign(document.createElement('a'), { href: row.href, className: 'result-title', textContent: `${row.section} ${row.title}`.trim() });
	const meta = Object.assign(document.createElement('p'), { className: 'result-meta', textContent: `${row.collection}${row.historical ? ' · historical' : ''} · exact section or form number` });
	const summary = Object.assign(document.createElement('p'), { className: 'result-excerpt', textContent: row.summary });
	li.append(a, meta, summary);
	return li;
}

/** A result row of our own: a title link and a line saying what it is. */
function linkItem(className: string, href: string, title: string, meta: string): HTMLLIElement {
	const li = document.createElement('li');
	li.className = className;
	li.append(
		Object.assign(document.createElement('a'), { href, className: 'result-title', textContent: title }),
		Object.assign(document.createElement('p'), { className: 'result-meta', textContent: meta }),
	);
	return li;
}

/** A vocabulary match: a calculator, a reporting checklist or a section named in the employees' words. */
const answerItem = (hit: VocabularyHit) => linkItem(`answer answer-${hit.entry.kind}`, hit.entry.href, hit.entry.title, `${hit.entry.label} · matches “${hit.phrase}”`);

/** A "Did you mean" link to the corrected query. */
function suggestionParagraph(suggestion: string): HTMLSpanElement {
	const span = Object.assign(document.createElement('span'), { className: 'did-you-mean', textContent: 'Did you mean ' });
	const url = new URL(location.href);
	url.searchParams.set('q', suggestion);
	span.append(Object.assign(document.createElement('a'), { href: `${url.pathname}${url.search}`, textContent: suggestion }), '?');
	return span;
}

const closestItem = (entry: VocabularyEntry) => linkItem('closest', entry.href, entry.title, `${entry.label} · closest match`);

/** Always there when nothing matched: the calculators and the reporting guide. */
function fallbackItem(): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'closest';
	const p = Object.assign(document.createElement('p'), { textContent: 'Or start from ' });
	p.append(Object.assign(document.createElement('a'), { href: '/tools/', textContent: 'the calculators' }), ' or ', Object.assign(document.createElement('a'), { href: '/report/', textContent: 'the reporting guide' }), '.');
	li.append(p);
	return li;
}

function resultItem(data: PagefindResult): HTMLLIElement {
	const li = document.createElement('li');
	const title = `${data.meta.section ? `${data.meta.section} ` : ''}${(data.meta.title ?? data.url).replace(/^\s*[\d.]+\s+/, '')}`;
	const a = Object.assign(document.createElement('a'), { href: data.url, className: 'result-title', textContent: title.replace(/ · DCFS Handbook Portal$/, '') });
	const meta = Object.assign(document.createElement('p'), {
		className: 'result-meta',
		textContent: [data.filters.collection?.[0], data.filters.chapter?.[0], data.filters.status?.[0]].filter(Boolean).join(' · '),
	});
	const excerpt = document.createElement('p');
	excerpt.className = 'result-excerpt';
	// Pagefind's excerpt is escaped page text with <mark> around the matched words.
	excerpt.innerHTML = data.excerpt;
	li.append(a, meta, excerpt);
	return li;
}
