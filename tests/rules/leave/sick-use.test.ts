import { describe, expect, test } from 'vitest';
import { RuleInputError } from '../../../rules/errors';
import { sickChargedHours, sickUse, SICK_RELATIONSHIPS, type SickRelationship } from '../../../rules/leave/sick-use';

// §2.4 B, read off the handbook: who is "immediate family or household" for an illness and for a
// funeral, living elsewhere or in the employee's household (with no custodial responsibility or
// dependency answered). T = sick time may be used.
const T = true;
const F = false;
const FAMILY_TABLE: readonly [SickRelationship, illnessElsewhere: boolean, illnessInHousehold: boolean, funeralElsewhere: boolean, funeralInHousehold: boolean][] = [
	['spouse', T, T, T, T],
	['mother', T, T, T, T],
	['father', T, T, T, T],
	['brother', T, T, T, T],
	['sister', T, T, T, T],
	['child', T, T, T, T],
	['grandchild', T, T, T, T],
	['grandparent', F, F, T, T],
	['parent-in-law', F, T, T, T],
	['child-in-law', F, T, T, T],
	['sibling-in-law', F, T, F, T],
	['adoptive-relative', F, T, F, T],
	['custodial-relative', F, T, F, T],
	['other-relative', F, F, F, F],
	['not-related', F, F, F, F],
];

const ask = (purpose: 'family-illness' | 'family-death', relationship: SickRelationship, livesInHousehold: boolean, more: Record<string, unknown> = {}) =>
	sickUse({ purpose, relationship, livesInHousehold, hours: 8, ...more });

describe('§2.4 B: whose illness or death sick time covers', () => {
	test('the table names every relationship in the list', () => expect(FAMILY_TABLE.map(([r]) => r).sort()).toEqual(Object.keys(SICK_RELATIONSHIPS).sort()));

	describe.each(FAMILY_TABLE)('%s', (relationship, illnessElsewhere, illnessHome, funeralElsewhere, funeralHome) => {
		test.each([
			['illness, living elsewhere', 'family-illness', false, illnessElsewhere],
			['illness, in the household', 'family-illness', true, illnessHome],
			['funeral, living elsewhere', 'family-death', false, funeralElsewhere],
			['funeral, in the household', 'family-death', true, funeralHome],
		] as const)('§2.4 B %s → allowed %s', (_label, purpose, home, allowed) => {
			const r = ask(purpose, relationship, home);
			expect(r.allowed).toBe(allowed);
			expect(r.family?.counts).toBe(allowed);
			expect(r.chargedHours).toBe(allowed ? 8 : 0);
			expect(r.citations.map((c) => c.section)).toContain('2.4 B');
			// The headline agrees with the reasoning.
			expect(r.rule.startsWith(allowed ? 'Sick leave may be used' : 'Sick time is not available')).toBe(true);
		});
	});

	test.each([
		['other-relative', { custodialResponsibility: true }, true],
		['not-related', { custodialResponsibility: true }, true],
		['grandparent', { dependentAndPresenceNeeded: true }, true],
		['other-relative', { dependentAndPresenceNeeded: false, custodialResponsibility: false }, false],
	] as const)('§2.4 B a %s living in the household with %j → allowed %s', (relationship, more, allowed) => {
		expect(ask('family-illness', relationship, true, more).allowed).toBe(allowed);
	});

	test('“Can I use sick time for my grandmother’s funeral?” — yes, quoting the bereavement expansion (§2.4 B)', () => {
		const r = ask('family-death', 'grandparent', false);
		expect(r.allowed).toBe(true);
		expect(r.citations[0]!.quote).toMatch(/For attendance at funerals, the term "immediate family" also includes grandrelations/);
	});

	test('“…for my mother-in-law’s illness; she doesn’t live with me” — no, quoting the household sentence (§2.4 B)', () => {
		const r = ask('family-illness', 'parent-in-law', false);
		expect(r.allowed).toBe(false);
		expect(r.citations[0]!.quote).toMatch(/adoptive, custodial and 'in-law' individuals when residing in the employee's household/);
		expect(r.steps.join(' ')).toMatch(/bereavement only, not illness/);
	});
});

describe('§2.4 B: purposes', () => {
	test.each([
		['own-illness', true],
		['medical-appointment', true],
		['other', false],
	] as const)('%s → allowed %s', (purpose, allowed) => {
		const r = sickUse({ purpose, hours: 2 });
		expect(r.allowed).toBe(allowed);
		expect(r.chargedHours).toBe(allowed ? 2 : 0);
	});
	test('“other” quotes that sick time is only for those purposes (§2.4 B)', () =>
		expect(sickUse({ purpose: 'other', hours: 8 }).citations[0]!.quote).toMatch(/only to be used for the purposes described/));
});

describe('§2.4 B: at least one hour, then whole hours or granted half hours', () => {
	test.each([
		[0.25, false, 1],
		[0.5, true, 1],
		[1, false, 1],
		[1.25, false, 2],
		[1.25, true, 1.5],
		[1.5, true, 1.5],
		[7.5, false, 8],
		[7.5, true, 7.5],
	])('%s h requested, half-hour steps %s → %s h charged', (hours, half, charged) => {
		expect(sickChargedHours(hours, half)).toBe(charged);
		expect(sickUse({ purpose: 'own-illness', hours, halfHourSteps: half }).chargedHours).toBe(charged);
	});
});

describe('bad input names the field and the reason', () => {
	test.each([
		[{ purpose: 'family-illness', hours: 8 }, 'relationship', /required/],
		[{ purpose: 'own-illness', relationship: 'mother', hours: 8 }, 'relationship', /only for a family/],
		[{ purpose: 'family-illness', relationship: 'cousin', hours: 8 }, 'relationship', /relationship from the list/],
		[{ purpose: 'family-illness', relationship: 'other-relative', livesInHousehold: false, custodialResponsibility: true, hours: 8 }, 'livesInHousehold', /living in your household/],
		[{ purpose: 'own-illness', hours: 0 }, 'hours', /more than 0/],
		[{ purpose: 'vacation', hours: 8 }, 'purpose', /expected one of/],
	])('%j → %s', (input, field, message) => {
		let caught: unknown;
		try {
			sickUse(input);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(RuleInputError);
		expect((caught as RuleInputError).issues.find((i) => i.field === field)?.message).toMatch(message);
	});
});
