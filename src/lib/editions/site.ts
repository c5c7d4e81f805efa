import data from 'virtual:editions';
import type { Edition } from './edition-file';
import type { PageHistory } from './store';

/** The editions as the site sees them (built in by src/lib/build/vite-plugin-editions.ts), with their URLs. */
export const editions = data;
export const currentEdition: Edition = data.current;

const byKey = new Map(data.pages.map((p) => [p.key, p]));

/** A page's versions across editions. */
export function pageHistory(collection: string, id: string): PageHistory | undefined {
	return byKey.get(`${collection}/${id}`);
}

/** A page as an earlier edition had it: a stable URL. */
export function editionPageHref(editionId: string, collection: string, id: string): string {
	return `/editions/${editionId}/${collection}/${id}/`;
}

/** A page's history: its versions with edition dates and summaries. */
export function historyHref(collection: string, id: string): string {
	return `/history/${collection}/${id}/`;
}

