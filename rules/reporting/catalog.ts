import { z } from '../zod-mini';
import { expandCategory, type CategoryRows } from './category';
import { ABUSE_NEGLECT, DEATHS, HUMAN_TRAFFICKING, MISSING_ABDUCTED } from './catalog-child-scr-ciru';
import { BEHAVIOR, LAW_ENFORCEMENT, NOT_TAKEN_BY_SCR, PEER_VIOLENCE } from './catalog-child-incidents';
import { CAREGIVER_CIRCUMSTANCES, INJURY, MEDIA_CHILD, MEDICAL_PSYCHIATRIC, PREGNANT_PARENTING, SEXUALIZED_BEHAVIOR } from './catalog-child-wellbeing';
import { PERSONNEL } from './catalog-personnel';
import { CAREGIVER, FACILITY, MEDIA_PERSONNEL } from './catalog-caregiver-facility';
import { CONTACTS } from './contacts';
import { ReportingEventSchema, type QuestionId, type ReportingEvent } from './schema';

/**
 * The complete event catalog of Procedures 331, in the order of the procedures, validated once when
 * the module loads: a typo in the data (an unknown contact, a duplicate id, a fallback to nowhere)
 * fails every test and the build, never a user. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** The categories in the order of the procedures (331.50 → 331.140(d)). */
export const CATEGORIES: readonly CategoryRows[] = [
	DEATHS, ABUSE_NEGLECT, HUMAN_TRAFFICKING, MISSING_ABDUCTED,
	NOT_TAKEN_BY_SCR, LAW_ENFORCEMENT, PEER_VIOLENCE, BEHAVIOR, SEXUALIZED_BEHAVIOR, MEDICAL_PSYCHIATRIC, INJURY, PREGNANT_PARENTING, CAREGIVER_CIRCUMSTANCES, MEDIA_CHILD,
	PERSONNEL, CAREGIVER, FACILITY, MEDIA_PERSONNEL,
];

const CatalogSchema = z.array(ReportingEventSchema).check(
	z.superRefine((events, ctx) => {
		const ids = new Set<string>();
		const contactIds = new Set(CONTACTS.map((c) => c.id));
		for (const [i, e] of events.entries()) {
			if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate event id "${e.id}"` });
			ids.add(e.id);
			for (const [j, n] of e.notifications.entries()) {
				if (!contactIds.has(n.contact)) ctx.addIssue({ code: 'custom', path: [i, 'notifications', j, 'contact'], message: `unknown contact "${n.contact}"` });
			}
		}
		for (const [i, e] of events.entries()) {
			if (e.fallback && !ids.has(e.fallback.eventId)) ctx.addIssue({ code: 'custom', path: [i, 'fallback', 'eventId'], message: `no event "${e.fallback.eventId}"` });
		}
	}),
);

/** Every question an event needs: its own, those its duties hang on, media always, and intact-family where it changes the answer. */
function withDerivedQuestions(e: ReportingEvent): ReportingEvent {
	const asked = new Set<QuestionId>(['mediaInvolvement', ...e.questions]);
	for (const n of e.notifications) for (const c of [...n.when, ...n.anyOf]) asked.add(c.question);
	if (e.intactFamily === 'not-required') asked.add('intactFamilyCase');
	if (e.critical === 'if-serious-harm-or-personnel') (['seriousHarmAllegation', 'personnelInvolved'] as const).forEach((q) => asked.add(q));
	return { ...e, questions: [...asked] };
}

/** Every reportable event of Procedures 331 (Appendices A, C, D and F), validated. */
export const REPORTING_CATALOG: readonly ReportingEvent[] = CatalogSchema.parse(CATEGORIES.flatMap(expandCategory)).map(withDerivedQuestions);

const BY_ID = new Map(REPORTING_CATALOG.map((e) => [e.id, e]));

/** The event with this id, or undefined. @example findEvent('pregnant-youth')?.name //=> 'Pregnant Youth' */
export function findEvent(id: string): ReportingEvent | undefined {
	return BY_ID.get(id);
}

/** Browsing: each category with its events, in the order of the procedures.
 * @example eventsByCategory()[0].category //=> '331.50(a) Death Reports Involving Children and Youth' */
export function eventsByCategory(): { categoryId: string; category: string; group: ReportingEvent['group']; events: ReportingEvent[] }[] {
	return CATEGORIES.map((c) => ({ categoryId: c.categoryId, category: c.category, group: c.group, events: REPORTING_CATALOG.filter((e) => e.categoryId === c.categoryId) }));
}
