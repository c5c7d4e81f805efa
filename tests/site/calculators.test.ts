import type { z } from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { RuleInputError } from '@rules/errors';
import { CALCULATORS, calculator, findCalculator } from '../../src/lib/calculators';
import { SECTION_TOOLS, sectionTools } from '../../src/lib/section-tools';
import {
	decodeQuery,
	encodeQuery,
	hasFormParams,
	plainFields,
	rowGroups,
} from '../../src/scripts/calculators/query';
import { isNotApplicable, type FormItem } from '../../src/scripts/calculators/types';
import { DEFINITIONS } from '../../src/scripts/calculators/loader';

const rows = CALCULATORS.map((c) => [`§${c.sections[0]} ${c.name}`, c] as const);

/** The schema node at a dotted path ("partTime.hoursWorked", "missedHearings.date"), unwrapping
 * optional/default/prefault wrappers; undefined when the schema has no such field. */
function schemaAt(schema: z.ZodMiniType, path: string[]): z.ZodMiniType | undefined {
	let node: z.ZodMiniType | undefined = schema;
	const unwrap = () => {
		for (;;) {
			const def = (
				node as unknown as {
					_zod: {
						def: {
							type: string;
							innerType?: z.ZodMiniType;
							in?: z.ZodMiniType;
							options?: z.ZodMiniType[];
						};
					};
				}
			)._zod.def;
			if (def.innerType) node = def.innerType;
			else if (def.type === 'union' && def.options) return { type: 'union', options: def.options };
			else if (def.type === 'pipe' && def.in) node = def.in;
			else return def;
		}
	};
	for (const key of path) {
		let def = unwrap();
		// A (discriminated) union has the field when any of its options has it.
		if (def.type === 'union') {
			const rest = path.slice(path.indexOf(key));
			return def.options!.map((o) => schemaAt(o, rest)).find(Boolean);
		}
		if (def.type === 'array') {
			node = (def as unknown as { element: z.ZodMiniType }).element;
			def = unwrap();
		}
		if (def.type !== 'object') return undefined;
		node = (def as unknown as { shape: Record<string, z.ZodMiniType> }).shape[key];
		if (!node) return undefined;
	}
	return node;
}

function formPaths(form: readonly FormItem[]): string[] {
	return [
		...plainFields(form)
			.filter((f) => !f.name.startsWith('_'))
			.map((f) => f.name),
		...rowGroups(form).flatMap((g) => g.fields.map((f) => `${g.name}.${f.name}`)),
	];
}

describe.each(rows)('%s', (_label, calc) => {
	test('the sample input passes its schema and computes a result with its explanation', () => {
		expect(calc.schema.safeParse(calc.sample).success).toBe(true);
		const result = calc.compute(calc.sample);
		expect(result.rule).toMatch(/\w/);
		expect(result.steps.length).toBeGreaterThan(0);
		expect(result.citations.length).toBeGreaterThan(0);
		for (const c of result.citations)
			expect(c).toEqual({
				section: expect.stringMatching(/\S/),
				quote: expect.stringMatching(/\S/),
				href: expect.stringMatching(/^\/(handbook|ethics|procedures)\//),
			});
		if (!isNotApplicable(result)) {
			const presentation = calc.present(result);
			expect(presentation.answer).toMatch(/\w/);
			// A renamed result field must not surface as "undefined" or "NaN" in the plain-words answer.
			expect(JSON.stringify(presentation)).not.toMatch(/undefined|NaN|\[object Object\]/);
		}
	});

	test('the sample round-trips through JSON (the API) and the URL query (the page) to the same result', () => {
		const direct = calc.compute(calc.sample);
		expect(calc.compute(JSON.parse(JSON.stringify(calc.sample)))).toEqual(direct);
		const query = encodeQuery(calc.form, calc.sample);
		expect(hasFormParams(calc.form, query)).toBe(true);
		const decoded = decodeQuery(calc.form, new URLSearchParams(query.toString()));
		expect(calc.schema.parse(decoded)).toEqual(calc.schema.parse(calc.sample));
		expect(calc.compute(decoded)).toEqual(direct);
		expect(encodeQuery(calc.form, decoded).toString()).toBe(query.toString());
	});

	test('every form field names a field of the rule’s schema (zod would drop a misspelt one silently)', () => {
		for (const path of formPaths(calc.form))
			expect(schemaAt(calc.schema, path.split('.')), path).toBeDefined();
	});

	test('an empty form is rejected with field issues, never a silent result', () => {
		expect(
			calc.form.some((item) => item.kind !== 'group' && item.kind !== 'rows' && item.required),
		).toBe(true);
		let error: unknown;
		try {
			calc.compute(decodeQuery(calc.form, new URLSearchParams()));
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(RuleInputError);
		expect((error as RuleInputError).issues.length).toBeGreaterThan(0);
	});
});

describe('the registry', () => {
	test('names are unique URL slugs and lookups agree', () => {
		const names = CALCULATORS.map((c) => c.name);
		expect(new Set(names).size).toBe(names.length);
		for (const name of names) {
			expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(findCalculator(name)).toBe(calculator(name));
		}
		expect(findCalculator('no-such-calculator')).toBeUndefined();
		expect(() => calculator('no-such-calculator')).toThrow(/No calculator is named/);
	});

	test.each(Object.entries(SECTION_TOOLS))(
		'section %s embeds only registered calculators',
		(section, names) => {
			for (const name of names) expect(findCalculator(name), name).toBeDefined();
			expect(sectionTools(section)).toBe(names);
		},
	);

	test('an embedded calculator can load every registered one, and each loader brings its own row', async () => {
		expect(Object.keys(DEFINITIONS).sort()).toEqual(CALCULATORS.map((c) => c.name).sort());
		for (const [name, load] of Object.entries(DEFINITIONS))
			expect((await load()).default, name).toBe(calculator(name));
	});

	test('a section with no calculator gets none', () => {
		expect(sectionTools('1.1')).toEqual([]);
		expect(sectionTools(undefined)).toEqual([]);
	});
});

describe('the URL query codec', () => {
	const vacation = calculator('vacation');
	const gifts = calculator('gifts');
	const court = calculator('court-discipline');

	test.each([
		[
			'an empty number is left out, so zod names the missing field',
			vacation,
			'serviceStart=&asOf=2025-01-01&projectionYears=',
			{ asOf: '2025-01-01' },
		],
		[
			'a nested field builds its object',
			vacation,
			'partTime.hoursWorked=900',
			{ partTime: { hoursWorked: 900 } },
		],
		[
			'text that is not a number goes through as text, for zod to report',
			vacation,
			'projectionYears=five',
			{ projectionYears: 'five' },
		],
		[
			'dollars in the form are whole cents in the input (Rule 437.40(i) $50 limit)',
			gifts,
			'valueCents=50.01',
			{ valueCents: 5001 },
		],
		[
			'Attachment 2.1b: only the amount field of the chosen unit is read',
			calculator('time-use'),
			'kind=vacation&amount.unit=days&amount.hours=2&amount.days=3',
			{ amount: { unit: 'days', days: 3 } },
		],
		[
			'§2.7 a yes/no question left unanswered stays unknown; "no" is false',
			calculator('holiday-pay'),
			'holidayDate=2025-11-27&workedDayBefore=no&workedDayAfter=',
			{ holidayDate: '2025-11-27', workedDayBefore: false },
		],
		[
			'the friendship factors count only with the "personal friend" box (Ethics Act 10-15(7))',
			gifts,
			'exceptions.friendship.history=on',
			{},
		],
	] as const)('%s', (_label, calc, query, expected) => {
		const decoded = decodeQuery(calc.form, new URLSearchParams(query));
		expect(decoded).toMatchObject(expected);
		if (query.startsWith('exceptions.friendship'))
			expect(decoded).not.toHaveProperty('exceptions.friendship');
		if (query.includes('amount.unit=days')) expect(decoded).not.toHaveProperty('amount.hours');
		if (query.includes('workedDayAfter=')) expect(decoded).not.toHaveProperty('workedDayAfter');
	});

	test('§3.3 rows are renumbered in order and untouched rows are dropped', () => {
		const decoded = decodeQuery(
			court.form,
			new URLSearchParams(
				'missedHearings.5.date=2025-01-02&missedHearings.2.date=2025-01-01&missedHearings.3.date=&missedHearings.7.facts.excusedBySignedOrder=yes',
			),
		);
		expect(decoded.missedHearings).toEqual([
			{ date: '2025-01-01' },
			{ date: '2025-01-02' },
			{ facts: { excusedBySignedOrder: true } },
		]);
	});

	test('a checked box is "on" and an unchecked one is left out', () => {
		const attendance = calculator('attendance-discipline');
		const query = encodeQuery(attendance.form, {
			asOf: '2025-01-31',
			unauthorizedAbsences: [
				{ date: '2025-01-06', calledIn: true },
				{ date: '2025-01-07', calledIn: false },
			],
		});
		expect(query.toString()).toBe(
			'asOf=2025-01-31&unauthorizedAbsences.0.date=2025-01-06&unauthorizedAbsences.0.calledIn=on&unauthorizedAbsences.1.date=2025-01-07',
		);
		expect(decodeQuery(attendance.form, query)).toMatchObject({
			unauthorizedAbsences: [{ calledIn: true }, { calledIn: false }],
		});
	});
});
