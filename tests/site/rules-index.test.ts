import { describe, expect, test } from 'vitest';
import { CALCULATORS } from '../../src/lib/calculators';
import { rulesIndex } from '../../src/lib/rules-index';
import { GET } from '../../src/pages/api/rules/index';

describe('GET /api/rules/ documents every rule (issue 13 §6)', () => {
	const index = rulesIndex();

	test('one entry per calculator, with its endpoint, page and cited sections', () => {
		expect(index.map((r) => r.name)).toEqual(CALCULATORS.map((c) => c.name));
		for (const r of index) {
			expect(r.endpoint).toBe(`/api/rules/${r.name}`);
			expect(r.page).toBe(`/tools/${r.name}/`);
			expect(r.sections.length, r.name).toBeGreaterThan(0);
			for (const s of r.sections) expect(s.href, r.name).toMatch(/^\//);
		}
	});

	test.each(index.map((r) => [r.name, r] as const))('%s: the input schema is JSON Schema of an object naming the example’s fields', (_name, r) => {
		expect(r.inputSchema.$schema).toMatch(/json-schema\.org/);
		expect(r.inputSchema.type).toBe('object');
		const properties = Object.keys((r.inputSchema.properties ?? {}) as object);
		for (const field of Object.keys(r.example.request)) expect(properties, field).toContain(field);
		for (const field of (r.inputSchema.required ?? []) as string[]) expect(Object.keys(r.example.request), `required ${field}`).toContain(field);
	});

	test('§2.4 B the sick-use schema lists the purposes and relationships the rule accepts', () => {
		const schema = index.find((r) => r.name === 'sick-use')!.inputSchema as { properties: Record<string, { enum?: string[] }> };
		expect(schema.properties.purpose!.enum).toEqual(['own-illness', 'medical-appointment', 'family-illness', 'family-death', 'other']);
		expect(schema.properties.relationship!.enum).toContain('parent-in-law');
	});

	test('the example response is what the rule computes for the example request', () => {
		for (const r of index) expect(r.example.response, r.name).toEqual(JSON.parse(JSON.stringify(CALCULATORS.find((c) => c.name === r.name)!.compute(r.example.request))));
	});

	test('the route answers JSON, not cached', async () => {
		const response = await GET({} as never);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = (await response.json()) as { rules: unknown[] };
		expect(body.rules).toHaveLength(CALCULATORS.length);
	});
});
