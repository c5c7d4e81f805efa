import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName, type NavPage } from './nav';

/** Any content entry of the three collections. */
export type PageEntry = CollectionEntry<'handbook'> | CollectionEntry<'ethics'> | CollectionEntry<'procedures'>;

/** Every page of every collection, as navigation data, loaded once per build. */
let cache: Promise<(NavPage & { entry: PageEntry })[]> | undefined;
export function allPages(): Promise<(NavPage & { entry: PageEntry })[]> {
	cache ??= Promise.all(
		(Object.keys(COLLECTIONS) as CollectionName[]).map(async (collection) =>
			(await getCollection(collection)).map((entry) => ({ collection, id: entry.id, data: entry.data, entry })),
		),
	).then((lists) => lists.flat());
	return cache;
}
