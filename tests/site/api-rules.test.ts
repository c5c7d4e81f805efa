import type { APIContext } from 'astro';
import { describe, expect, test } from 'vitest';
import { ALL, POST } from '../../src/pages/api/rules/[name]';
import { calculator } from '../../src/lib/calculators';
import { currentEdition } from '../../src/lib/editions/site';

/** Calls the route handler as Astro would, with a constructed Request. */
async function call(
	handler: typeof POST,
	name: string,
	init: RequestInit,
): Promise<{
	status: number;
	body: { error?: string; issues?: { field: string; message: string }[] } & Record<string, unknown>;
	headers: Headers;
}> {
	const request = new Request(`http://localhost/api/rules/${name}`, init);
	const response = await handler({ params: { name }, request } as unknown as APIContext);
	return {
		status: response.status,
		body: (await response.json()) as never,
		headers: response.headers,
	};
}

const json = (body: unknown): RequestInit => ({
	method: 'POST',
	headers: { 'content-type': 'application/json' },
	body: JSON.stringify(body),
});

describe('POST /api/rules/<name>', () => {
	test('§2.3 the answer is the same result the browser computes from the same input', async () => {
		const input = { serviceStart: '2020-03-15', asOf: '2025-03-15' };
		const { status, body, headers } = await call(POST, 'vacation', json(input));
		expect(status).toBe(200);
		expect(headers.get('content-type')).toMatch(/^application\/json/);
		const expected = JSON.parse(JSON.stringify(calculator('vacation').compute(input))) as { citations: object[] };
		const edition = { id: currentEdition.id, date: currentEdition.date, title: currentEdition.title };
		expect(body).toEqual({ ...expected, citations: expected.citations.map((c) => ({ ...c, edition: edition.id })), edition });
	});

	test('issue 11 §5 every answer names the edition of the rule it applied, in the result and in each citation', async () => {
		for (const [name, input] of [
			['vacation', { serviceStart: '2020-03-15', asOf: '2025-03-15' }],
			['attendance-discipline', { asOf: '2026-03-31', standing: { step: 4, lastActionOn: '2025-10-01' }, unauthorizedAbsences: [{ date: '2026-03-02', calledIn: false }] }],
		] as const) {
			const { status, body } = await call(POST, name, json(input));
			expect(status, name).toBe(200);
			expect(body.edition, name).toEqual({ id: currentEdition.id, date: currentEdition.date, title: currentEdition.title });
			const citations = body.citations as { section: string; edition: string }[];
			expect(citations.length, name).toBeGreaterThan(0);
			for (const c of citations) expect(c.edition, `${name} § ${c.section}`).toBe(currentEdition.id);
		}
	});

	test('§3.4 MOA 8, 9 a discipline answer carries its record for the file, without any name', async () => {
		const input = {
			asOf: '2026-03-31',
			standing: { step: 4, lastActionOn: '2025-10-01' },
			unauthorizedAbsences: [{ date: '2026-03-02', calledIn: false }],
		};
		const { status, body } = await call(POST, 'attendance-discipline', json(input));
		expect(status).toBe(200);
		expect(body.record).toMatchObject({
			title: 'Attendance discipline',
			asOf: '2026-03-31',
			decision: { step: 6, action: '3-day suspension', unpaidDays: 0, paperDays: 3 },
			occurrences: [{ date: '2026-03-02', countedAs: 'offenses 5 and 6, no call-in', step: 6 }],
		});
		expect(JSON.stringify(body.record)).not.toMatch(/employee ?name/i);
	});

	test('§3.3 a "not applicable" answer is a 200 with its reason', async () => {
		const { status, body } = await call(
			POST,
			'court-discipline',
			json({ asOf: '2025-06-01', missedHearings: [] }),
		);
		expect(status).toBe(200);
		expect(body).toMatchObject({ kind: 'not-applicable', reason: expect.any(String) });
	});

	test.each([
		[
			'§2.3 an impossible date names its field',
			'vacation',
			json({ serviceStart: '2020-13-01', asOf: '2025-03-15' }),
			['serviceStart'],
		],
		[
			'§2.3 an as-of date before the service date names asOf',
			'vacation',
			json({ serviceStart: '2020-03-15', asOf: '2019-03-15' }),
			['asOf'],
		],
		[
			'§3.3 a bad row names the row',
			'court-discipline',
			json({ asOf: '2025-06-01', missedHearings: [{ date: '2025-05-01' }, { date: 'May 2' }] }),
			['missedHearings.1.date'],
		],
		[
			'a body that is not JSON',
			'vacation',
			{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"serviceStart":' },
			[''],
		],
		['a JSON array instead of an object', 'vacation', json([1, 2]), ['']],
		[
			'a form-encoded body',
			'vacation',
			{
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: 'serviceStart=2020-03-15',
			},
			[''],
		],
	] as const)('400: %s', async (_label, name, init, fields) => {
		const { status, body } = await call(POST, name, init);
		expect(status).toBe(400);
		expect(body.error).toEqual(expect.any(String));
		expect(body.issues!.map((i) => i.field)).toEqual(expect.arrayContaining([...fields]));
		for (const issue of body.issues!) expect(issue.message).toMatch(/expected/);
	});

	test('413 for a body over 1 MB', async () => {
		const { status, body } = await call(POST, 'gifts', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ sourceName: 'x'.repeat(1_000_001) }),
		});
		expect(status).toBe(413);
		expect(body.issues![0]!.message).toMatch(/expected at most 1000000 bytes/);
	});

	test('404 for an unknown calculator', async () => {
		const { status, body } = await call(POST, 'overtime-pay', json({}));
		expect(status).toBe(404);
		expect(body.error).toMatch(/overtime-pay/);
	});

	test.each(['GET', 'PUT', 'DELETE'])('405 for %s, with Allow: POST', async (method) => {
		const { status, headers } = await call(ALL, 'vacation', { method });
		expect(status).toBe(405);
		expect(headers.get('allow')).toBe('POST');
	});
});
