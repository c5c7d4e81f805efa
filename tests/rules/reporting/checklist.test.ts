import { describe, expect, test } from 'vitest';
import { RuleInputError } from '@rules/errors';
import { buildReportingChecklist, type ReportingChecklist } from '@rules/reporting/checklist';
import { REPORTING_CATALOG } from '@rules/reporting/catalog';
import { ReporterRoleSchema } from '@rules/reporting/schema';

const KNOWN = { knownDate: '2026-11-23', knownTime: '10:00' } as const; // a Monday, in business hours
const AFTER_HOURS = { knownDate: '2026-11-23', knownTime: '19:00' } as const;

function checklist(input: Record<string, unknown>): ReportingChecklist {
	const r = buildReportingChecklist({ role: 'worker', ...KNOWN, ...input });
	if (r.kind !== 'checklist') throw new Error(`expected a checklist, got: ${r.reason}`);
	return r;
}
const titles = (r: ReportingChecklist) => [...r.primary, ...r.notifications, ...r.critical].map((i) => i.title);
const contactNames = (r: ReportingChecklist) => r.notifications.map((n) => n.contact?.name ?? '');

describe('every catalogued event gives a checklist for every reporter role', () => {
	test.each(REPORTING_CATALOG.flatMap((e) => ReporterRoleSchema.options.map((role) => [e.cite[0]!.section, e.id, role] as const)))('%s %s as %s', (_section, eventId, role) => {
		const r = buildReportingChecklist({ eventId, role, ...KNOWN });
		expect(r.kind).toBe('checklist');
		if (r.kind !== 'checklist') return;
		expect(r.primary.length).toBeGreaterThan(0);
		for (const item of [...r.primary, ...r.notifications, ...r.critical, ...r.afterwards]) {
			expect(item.deadlines.length).toBeGreaterThan(0);
			expect(item.cite.length).toBeGreaterThan(0);
		}
	});
});

describe('primary action by role', () => {
	test.each([
		['331.110: SCR events go to SCR at any hour', 'alleged-physical-abuse-of-a-child-or-youth', 'worker', ['Contact SCR']],
		["331.110(c): a foster parent calls SCR and the child's worker", 'alleged-physical-abuse-of-a-child-or-youth', 'no-sacwis', ['Contact SCR', "Call the child's DCFS/POS worker"]],
		['331.110(c): a caregiver contacts CIRU directly and calls the worker', 'whereabouts-unknown', 'no-sacwis', ['Contact CIRU', "Call the child's DCFS/POS worker"]],
		["331.100(a)(1): a caregiver calls the worker, who enters the incident", 'emergency-treatment', 'no-sacwis', ["Call the child's DCFS/POS worker", 'Create Child/Youth Incident in SACWIS, after conferring']],
		['331.140(a)(5): licensed facility staff call the A&I Licensing Representative in business hours', 'threat-made-against-pos-office-facility', 'facility-staff', ['Call the A&I Licensing Representative', 'Create Facility/Caregiver Incident in SACWIS']],
		['331.140(a)(5): day care staff call the Day Care Licensing Representative', 'other-day-care-related-incident', 'day-care-staff', ['Call the Day Care Licensing Representative', 'Create Facility/Caregiver Incident in SACWIS']],
		['331.140(a)(1)(B): reports on DCFS employees from people without SACWIS go to the Advocacy Office', 'dcfs-personnel-perpetrator-of-workplace-violence-or-threat-of-violence', 'no-sacwis', ['Advocacy Office', 'Create Personnel Incident in SACWIS']],
		['331.160(d): caregivers report other facility events to the Permanency Worker', 'bribery-or-attempted-bribery-of-pos-facility-personnel', 'no-sacwis', ['Call the Permanency Worker', 'Create Facility/Caregiver Incident in SACWIS']],
		['331 Appendix A: media events click Media/High Profile/Critical Event', 'media-high-profile-events', 'worker', ['Click Media/High Profile/Critical Event']],
	] as const)('%s', (_label, eventId, role, expected) => {
		const r = checklist({ eventId, role });
		expect(r.primary).toHaveLength(expected.length);
		expected.forEach((title, i) => expect(r.primary[i]?.title).toContain(title));
	});
	test('331.140(a)(5): after hours, licensed facility staff call SCR instead of the Licensing Representative', () => {
		const r = checklist({ eventId: 'threat-made-against-pos-office-facility', role: 'facility-staff', ...AFTER_HOURS });
		expect(r.afterHours).toBe(true);
		expect(r.primary[0]?.title).toContain('call SCR');
		expect(r.primary[0]?.contact?.phones[0]?.number).toBe('800-252-2873');
	});
});

describe('notifications follow the answers', () => {
	test('331.50(b)(4)–(5): OIG and the Licensing Unit only when it happened in a licensed setting', () => {
		const yes = checklist({ eventId: 'alleged-physical-abuse-of-a-child-or-youth', answers: { licensedSetting: true } });
		const no = checklist({ eventId: 'alleged-physical-abuse-of-a-child-or-youth', answers: { licensedSetting: false } });
		const unknown = checklist({ eventId: 'alleged-physical-abuse-of-a-child-or-youth' });
		expect(contactNames(yes)).toEqual(expect.arrayContaining(['DCFS Office of the Inspector General (OIG)', 'DCFS or POS Licensing Unit that supervises the license']));
		expect(contactNames(no)).not.toContain('DCFS Office of the Inspector General (OIG)');
		expect(no.notRequired.map((n) => n.condition)).toContain('if it happened on the premises of a DCFS/POS facility or in a DCFS-licensed home or facility');
		expect(unknown.notifications.find((n) => n.contact?.name.includes('OIG'))?.status).toBe('conditional');
	});
	test('331.70(b): the Guardian immediately and the OIG for a Criminal Code violation when a youth in care is arrested', () => {
		const r = checklist({ eventId: 'child-or-youth-arrested', answers: { intactFamilyCase: false, criminalCodeViolation: true } });
		const guardian = r.notifications.find((n) => n.contact?.name === 'Office of the DCFS Guardian');
		expect(guardian?.contact?.phones.map((p) => p.number)).toEqual(['312-814-8600', '866-503-0184']);
		expect(guardian?.deadlines[0]?.counting).toBe('immediately');
		expect(r.notifications.find((n) => n.contact?.name.includes('OIG'))?.status).toBe('required');
	});
	test('331.70(a): the Licensing Unit when the alleged perpetrator is a licensee, even off licensed premises', () => {
		const r = checklist({ eventId: 'alleged-victim-of-sexual-assault', answers: { licensedSetting: false, perpetratorLicensee: true } });
		expect(r.notifications.find((n) => n.contact?.name.includes('Licensing Unit'))?.status).toBe('required');
	});
	test('331.70(h): TPSN only once a medical exam confirms the pregnancy', () => {
		expect(contactNames(checklist({ eventId: 'pregnant-youth', answers: { pregnancyConfirmed: true } }))).toContain('Teen Parent Service Network (TPSN)');
		expect(contactNames(checklist({ eventId: 'pregnant-youth', answers: { pregnancyConfirmed: false } }))).not.toContain('Teen Parent Service Network (TPSN)');
	});
	test('331.140(a)(1)(A)(iii): OSHA gets the fatality within 8 hours, not the hospital admission call', () => {
		const r = checklist({ eventId: 'dcfs-personnel-work-related-injury-medical-emergency', answers: { injuryOutcome: 'fatality' } });
		expect(titles(r)).toContain('Report the workplace fatality to the Illinois OSHA Reporting Hotline');
		expect(titles(r)).not.toContain('Report the hospital admission or loss of an eye to the Illinois OSHA Reporting Hotline');
	});
	test('331.140(a): an employee injured by a client at headquarters makes a Critical Event', () => {
		const r = checklist({ eventId: 'dcfs-personnel-victim-of-workplace-violence-or-threat-of-violence', answers: { employeeInjured: true, injuredByClientAtHeadquarters: true, mediaInvolvement: false } });
		expect(r.critical.map((c) => c.status)).toEqual(['required']);
		expect(titles(r)).toContain("Report the work-related injury to TriStar (workers' compensation)");
	});
	test('331.120: a report with serious harm gets the 4-hour e-mail and documentation', () => {
		const r = checklist({ eventId: 'alleged-physical-abuse-of-a-child-or-youth', answers: { seriousHarmAllegation: true } });
		expect(r.critical.map((c) => c.deadlines[0]?.clockText)).toEqual([expect.stringContaining('within 4 hours'), expect.stringContaining('within 4 hours')]);
	});
	test('331.120: no Critical Event when every deciding answer is no', () => {
		expect(checklist({ eventId: 'alleged-neglect-of-a-child-or-youth', answers: { seriousHarmAllegation: false, personnelInvolved: false, mediaInvolvement: false } }).critical).toEqual([]);
	});
	test('331.50: if SCR does not take the report, the checklist points to the 331.70(a) incident', () => {
		expect(checklist({ eventId: 'alleged-neglect-of-a-child-or-youth' }).fallback?.eventName).toBe('Alleged Victim of Neglect');
	});
});

describe('when the procedures do not require a report', () => {
	test.each([
		['331.80: an intact family case does not report a medication refusal', 'child-or-youth-refuses-medication', { intactFamilyCase: true }, '331.80'],
		['331.80: an intact family case does not report elopement threats', 'threatening-or-attempting-elopement', { intactFamilyCase: true }, '331.80'],
		['331.140(a)(2): a law enforcement officer may carry a firearm', 'dcfs-personnel-has-unauthorized-firearm-on-premises', { firearmException: 'law-enforcement' }, '331.140'],
		['331.140(a)(2): a licensed concealed carrier may leave it in a locked personal vehicle', 'pos-facility-personnel-has-unauthorized-firearm-on-premises', { firearmException: 'concealed-carry-vehicle' }, '331.140'],
	] as const)('%s', (_label, eventId, answers, section) => {
		const r = buildReportingChecklist({ eventId, role: 'worker', ...KNOWN, answers });
		expect(r.kind).toBe('not-applicable');
		expect(r.citations[0]?.section).toBe(section);
	});
	test('331.80: an intact family case still reports a psychiatric emergency', () => {
		expect(buildReportingChecklist({ eventId: 'psychiatric-emergency', role: 'worker', ...KNOWN, answers: { intactFamilyCase: true } }).kind).toBe('checklist');
	});
});

describe('bad input names the field', () => {
	test.each([
		['eventId', { eventId: 'no-such-event' }],
		['role', { role: 'visitor' }],
		['knownDate', { knownDate: '2026-02-30' }],
		['knownTime', { knownTime: '25:00' }],
		['answers.licensedSetting', { answers: { licensedSetting: 'yes' } }],
		['answers.firearmException', { answers: { firearmException: 'maybe' } }],
		['answers', { answers: { unknownQuestion: true } }],
		['occurredTime', { occurredDate: '2026-11-23' }],
		['occurredDate', { occurredDate: '2026-11-24', occurredTime: '09:00' }],
		['enteredDate', { enteredDate: '2026-11-22', enteredTime: '09:00' }],
	] as const)('%s', (field, bad) => {
		const run = () => buildReportingChecklist({ eventId: 'sexualized-behavior', role: 'worker', ...KNOWN, ...bad });
		expect(run).toThrow(RuleInputError);
		try {
			run();
		} catch (e) {
			expect((e as RuleInputError).issues.map((i) => i.field)).toContain(field);
		}
	});
	test('no date known: knownDate is required', () => {
		expect(() => buildReportingChecklist({ eventId: 'sexualized-behavior', role: 'worker', knownTime: '10:00' })).toThrow(/knownDate/);
	});
});

describe('media involvement', () => {
	test.each([
		['331.50(d): on an SCR report, SCR is told and designates it', 'alleged-neglect-of-a-child-or-youth', 'Tell SCR about the media involvement'],
		['331.70(j): on a Child/Youth Incident, the recorder checks the indicator', 'emergency-treatment', 'Check the Media/High Profile/Critical Event indicator'],
		['331.140(d): on a facility incident, the recorder checks the indicator', 'threat-made-against-dcfs-office', 'Check the Media/High Profile/Critical Event indicator'],
	] as const)('%s', (_label, eventId, title) => {
		const r = checklist({ eventId, answers: { mediaInvolvement: true } });
		expect(r.critical[0]?.title).toContain(title);
		expect(r.critical.every((c) => c.status === 'required')).toBe(true);
	});
});
