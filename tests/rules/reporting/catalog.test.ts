import { describe, expect, test } from 'vitest';
import { CATEGORIES, findEvent, REPORTING_CATALOG } from '@rules/reporting/catalog';
import { CONTACTS } from '@rules/reporting/contacts';
import type { PrimaryAction, ReportingEvent } from '@rules/reporting/schema';
import { APPENDIX_A, APPENDIX_C, APPENDIX_D, APPENDIX_F } from './fixtures/appendix-events';

/** Names compare without case, spaces or punctuation: the appendices print "– " and "- " and "/ " at random. */
const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const matches = (name: string): ReportingEvent[] => REPORTING_CATALOG.filter((e) => [e.name, ...e.aliases].some((n) => key(n) === key(name)));

const APPENDIX_A_ACTION: Record<(typeof APPENDIX_A)[number][1], PrimaryAction[]> = {
	'Contact SCR': ['contact-scr'],
	'Contact CIRU': ['contact-ciru'],
	'Create Child/Youth Incident': ['create-child-youth-incident'],
	'Create Personnel/Caregiver/Facility Incident': ['create-personnel-incident', 'create-facility-caregiver-incident'],
	'Click Media/High Profile/Critical Event': ['click-media-high-profile'],
};
const APPENDIX_F_MENU: Record<(typeof APPENDIX_F)[number][1], PrimaryAction> = {
	'Create Personnel Incident': 'create-personnel-incident',
	'Create Facility/Caregiver Incident': 'create-facility-caregiver-incident',
	'Child/Youth Incident': 'create-child-youth-incident',
};

describe('331 Appendix A: every event of the at-a-glance table is catalogued with its primary action', () => {
	test.each(APPENDIX_A)('331 Appendix A: %s → %s', (name, action) => {
		const found = matches(name);
		expect(found.length, `no catalog event named "${name}"`).toBeGreaterThan(0);
		for (const e of found) expect(APPENDIX_A_ACTION[action]).toContain(e.primaryAction);
	});
});

describe('331 Appendix C: every child/youth incident of the complete list is a Create Child/Youth Incident event', () => {
	test.each(APPENDIX_C)('331 Appendix C: %s', (name) => {
		const found = matches(name);
		expect(found.length, `no catalog event named "${name}"`).toBeGreaterThan(0);
		for (const e of found) expect(['create-child-youth-incident', 'click-media-high-profile']).toContain(e.primaryAction);
	});
});

describe('331 Appendix D: each event carries the additional contacts the appendix names', () => {
	test.each(APPENDIX_D)('331 Appendix D: %s', (name, contacts) => {
		const found = matches(name);
		expect(found.length, `no catalog event named "${name}"`).toBeGreaterThan(0);
		for (const e of found) expect(e.notifications.map((n) => n.contact)).toEqual(expect.arrayContaining([...contacts]));
	});
	test('331 Appendix D: #84-B has no additional reporting requirements', () => {
		expect(findEvent('allegation-84-b-lock-out-psychiatric-admission')?.notifications).toEqual([]);
	});
});

describe('331 Appendix F: personnel, caregiver and facility events are entered from the menu the guide names', () => {
	test.each(APPENDIX_F)('331 Appendix F: %s → %s', (name, menu) => {
		const found = matches(name);
		expect(found.length, `no catalog event named "${name}"`).toBeGreaterThan(0);
		for (const e of found) expect(e.primaryAction).toBe(APPENDIX_F_MENU[menu]);
	});
});

describe('the catalog counted against Appendices A, C and F', () => {
	test('331 Appendices A, C, F: every catalog event appears in an appendix, and every appendix event is in the catalog', () => {
		const fromAppendices = new Set([...APPENDIX_A.map(([n]) => n), ...APPENDIX_C, ...APPENDIX_F.map(([n]) => n)].flatMap((n) => matches(n).map((e) => e.id)));
		const missing = REPORTING_CATALOG.filter((e) => !fromAppendices.has(e.id)).map((e) => e.name);
		expect(missing).toEqual([]);
		expect(fromAppendices.size).toBe(REPORTING_CATALOG.length);
	});
	test.each([
		['331.50–331.80 (Subpart B)', 'child-youth', APPENDIX_A.filter(([, a]) => a !== 'Create Personnel/Caregiver/Facility Incident').length],
		['331.140 (Subpart C)', 'personnel-caregiver-facility', APPENDIX_F.filter(([, m]) => m !== 'Child/Youth Incident').length + 2],
	] as const)('%s: the catalog has at least as many events as the appendix rows', (_section, group, rows) => {
		// Appendix A lost 331.70(c)–(d) rows and Appendix F omits one foster home row: the catalog is the larger set.
		expect(REPORTING_CATALOG.filter((e) => e.group === group).length).toBeGreaterThanOrEqual(rows);
	});
	test.each(CATEGORIES.map((c) => [c.category, c.events.length] as const))('%s: every listed event is catalogued', (category, count) => {
		expect(REPORTING_CATALOG.filter((e) => e.category === category)).toHaveLength(count);
	});
});

describe('catalog integrity', () => {
	test('331 Appendix D: every notification names a contact of the directory, with its phone numbers', () => {
		const ids = new Set(CONTACTS.map((c) => c.id));
		for (const e of REPORTING_CATALOG) for (const n of e.notifications) expect(ids.has(n.contact), `${e.id}: ${n.contact}`).toBe(true);
	});
	test.each([
		['331.50', 'scr', '800-252-2873'],
		['331.60', 'ciru', '866-503-0184'],
		['331.50', 'oig', '800-722-9124'],
		['331.70', 'guardian', '312-814-8600'],
		['331.70', 'guardian', '866-503-0184'],
		['331.70', 'tpsn', '773-239-9808'],
		['331.140', 'tristar', '855-495-1554'],
		['331.140', 'workers-comp-coordinator', '217-524-2351'],
		['331.140', 'osha', '800-782-7860'],
		['331 Appendix G', 'labor-relations', '217-557-1747'],
	])('%s: %s is reached at %s', (_section, id, number) => {
		expect(CONTACTS.find((c) => c.id === id)?.phones.map((p) => p.number)).toContain(number);
	});
	test('331.50–331.140: every event cites the section that defines it, with a link', () => {
		for (const e of REPORTING_CATALOG) {
			expect(e.cite.length).toBeGreaterThan(0);
			for (const c of e.cite) expect(c.href).toMatch(/^\/procedures\/331\//);
		}
	});
});
