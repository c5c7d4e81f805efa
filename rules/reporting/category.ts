import type { Citation } from '../result';
import type { Clock, CriticalRule, EventGroup, NotificationInput, PrimaryAction, QuestionId, ReportingEventInput } from './schema';

/**
 * A catalog category (one subsection of Procedures 331) as data: what its events share, then one
 * short row per event with what differs. `expandCategory` merges them into catalog entries.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** One event of a category: its name and what it adds to (or overrides in) the category. */
export interface EventRow {
	name: string;
	aliases?: string[];
	description: string;
	intactFamily?: 'required' | 'not-required' | 'not-applicable';
	critical?: CriticalRule;
	questions?: QuestionId[];
	/** Added after the category's notifications. */
	notifications?: NotificationInput[];
	/** Replaces the category's notifications (for events the appendix gives their own list). */
	ownNotifications?: NotificationInput[];
	notes?: string[];
	forms?: string[];
	fallback?: { text: string; eventId: string };
	entryClock?: { clock: Clock; cite: Citation };
	dispositionBy?: string;
	autoClose?: boolean;
	cite?: Citation[];
	primaryAction?: PrimaryAction;
}

/** A subsection of the procedures and the events it lists. */
export interface CategoryRows {
	categoryId: string;
	category: string;
	group: EventGroup;
	primaryAction: PrimaryAction;
	intactFamily: 'required' | 'not-required' | 'not-applicable';
	critical: CriticalRule;
	notifications: NotificationInput[];
	forms?: string[];
	notes?: string[];
	dispositionBy: string;
	autoClose?: boolean;
	cite: Citation[];
	events: EventRow[];
}

/** Event id from its name: lower case, runs of other characters become one hyphen.
 * @example slugify('Youth Victimized-Physical/Bodily Harm') //=> 'youth-victimized-physical-bodily-harm' */
export function slugify(name: string): string {
	return name
		.toLowerCase()
		.replace(/\$50\.00/g, '50')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Merges a category's shared data into each of its events (not yet validated: catalog.ts does that). */
export function expandCategory(c: CategoryRows): ReportingEventInput[] {
	return c.events.map((e) => ({
		id: slugify(e.name),
		name: e.name,
		aliases: e.aliases ?? [],
		description: e.description,
		group: c.group,
		category: c.category,
		categoryId: c.categoryId,
		primaryAction: e.primaryAction ?? c.primaryAction,
		questions: e.questions ?? [],
		notifications: e.ownNotifications ?? [...c.notifications, ...(e.notifications ?? [])],
		intactFamily: e.intactFamily ?? c.intactFamily,
		critical: e.critical ?? c.critical,
		forms: [...(c.forms ?? []), ...(e.forms ?? [])],
		notes: [...(e.notes ?? []), ...(c.notes ?? [])],
		dispositionBy: e.dispositionBy ?? c.dispositionBy,
		autoClose: e.autoClose ?? c.autoClose ?? false,
		cite: [...c.cite, ...(e.cite ?? [])],
		...(e.fallback ? { fallback: e.fallback } : {}),
		...(e.entryClock ? { entryClock: e.entryClock } : {}),
	}));
}
