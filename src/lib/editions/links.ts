import { editionPageHref } from './site';
import type { PageHistory } from './store';

/** Where a page's text in an edition is read: the live page for the current edition, else its stable edition URL. */
export function versionHref(page: Pick<PageHistory, 'collection' | 'id'>, editionId: string, currentId: string): string {
	return editionId === currentId ? `/${page.collection}/${page.id}/` : editionPageHref(editionId, page.collection, page.id);
}
