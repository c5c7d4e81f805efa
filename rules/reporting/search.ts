import type { ReportingEvent } from './schema';

/**
 * The guide's client-side event search: every word typed must appear in the event's name, other
 * names, description or category; name hits rank first. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const normalize = (s: string) => s.toLowerCase().replace(/[\u2013\u2014]/g, '-').replace(/[^a-z0-9#$]+/g, ' ').trim();

/**
 * Events matching a free-text query, best first; an empty query matches nothing.
 * @example searchEvents('suspended', REPORTING_CATALOG)[0].name //=> 'Child or Youth Suspended from School'
 */
export function searchEvents(query: string, catalog: readonly ReportingEvent[]): ReportingEvent[] {
	const words = normalize(query).split(' ').filter(Boolean);
	if (words.length === 0) return [];
	const scored: { e: ReportingEvent; score: number; order: number }[] = [];
	catalog.forEach((e, order) => {
		const name = normalize(e.name);
		const aliases = normalize(e.aliases.join(' '));
		const rest = normalize(`${e.description} ${e.category}`);
		let score = 0;
		for (const w of words) {
			if (name.includes(w)) score += 3;
			else if (aliases.includes(w)) score += 2;
			else if (rest.includes(w)) score += 1;
			else return;
		}
		scored.push({ e, score, order });
	});
	return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.e);
}
