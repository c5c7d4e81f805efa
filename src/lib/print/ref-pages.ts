import { allPages } from '../content';
import { pageLabel } from '../nav';
import type { RefPage } from './print-document';

/** Every content page by "<collection>/<id>", for the print documents' cross-references; built once per build. */
let cache: Promise<Map<string, RefPage>> | undefined;
export function refPages(): Promise<Map<string, RefPage>> {
	cache ??= allPages().then(
		(pages) => new Map(pages.map((p) => [`${p.collection}/${p.id}`, { collection: p.collection, id: p.id, section: p.data.section, label: pageLabel(p) }])),
	);
	return cache;
}
