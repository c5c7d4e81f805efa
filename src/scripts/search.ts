import { exactMatches, queryVariants, type SectionRow } from '../lib/search-query';

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
		const [pf, rows] = await Promise.all([loadPagefind(), loadSections(q)]);
		const filters: Record<string, string> = {};
		if (collection.value) filters.collection = collection.value;
		if (chapter.value) filters.chapter = chapter.value;
		const exact = exactMatches(q, rows).filter((r) => !collection.value || r.collection === collection.value);
		seen = new Set(exact.map((r) => r.href));
		pending = [];
		const ids = new Set<string>();
		for (const variant of queryVariants(q)) {
			for (const hit of (await pf.search(variant, { filters }))?.results ?? []) {
				if (!ids.has(hit.id)) pending.push(hit);
				ids.add(hit.id);
			}
		}
		const total = exact.length + pending.length;
		for (const row of exact) list.append(exactItem(row));
		shown = exact.length;
		await showMore();
		status.textContent = total === 0 ? `No results for “${q}”.` : `${total} result${total === 1 ? '' : 's'} for “${q}”.`;
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
