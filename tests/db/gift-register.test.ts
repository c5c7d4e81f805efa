import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeTransaction } from '@db/write-queue';
import { gifts, users } from '@db/schema';
import { GiftFormInputSchema } from '@lib/server/gift-form';
import { recordGift } from '@lib/server/gift-register';
import { createTempDb } from './temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
	await t.db
		.insert(users)
		.values({ id: 'u1', name: 'Ann', email: 'ann@x.gov', createdAtMs: 0, updatedAtMs: 0 });
});
afterAll(() => t.cleanup());

const form = (fields: Record<string, string>) =>
	GiftFormInputSchema.parse({ receivedOn: '2026-03-02', disposition: 'kept', ...fields });
let n = 0;
const record = (fields: Record<string, string>) =>
	writeTransaction(t.db, (tx) => recordGift(tx, 'u1', form(fields), '2026-03-10', ++n, `k${n}`));

describe('lib/server/gift-register.ts on a real database (Issue 4 §6: the gifts rules decide, totals from the register)', () => {
	test('flat form fields are nested into the answers the rules take; unticked boxes are "no"', () => {
		const parsed = form({
			sourceName: 'Acme',
			value: '12.50',
			kind: 'other',
			'prohibitedSource.regulated': 'yes',
			'exceptions.friend': 'yes',
			'friendship.history': 'yes',
			relative: '',
		});
		expect(parsed).toMatchObject({
			value: 1250,
			amountPaid: 0,
			relative: undefined,
			prohibitedSource: { regulated: true, doesBusiness: false },
			exceptions: { friend: true, bequest: false },
			friendship: { history: true, paidPersonally: false },
		});
	});

	test.each([
		[
			'a value that is not dollars',
			{ sourceName: 'Acme', value: '12,50', kind: 'other' },
			'value',
			'expected the value in dollars like 25 or 25.50, got "12,50"',
		],
		[
			'an unknown relative',
			{ sourceName: 'Acme', value: '1', kind: 'other', relative: 'neighbour' },
			'relative',
			'expected a relative listed in Ethics Act 10-15(6), got "neighbour"',
		],
	])('%s is refused, naming the field', (_l, fields, field, message) => {
		const result = GiftFormInputSchema.safeParse({
			receivedOn: '2026-03-02',
			disposition: 'kept',
			...fields,
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues.find((i) => i.path.join('.') === field)?.message).toBe(message);
	});

	test('each recorded gift stores the rules’ verdict, and prior kept gifts from the source count in its totals', async () => {
		const first = await record({ sourceName: 'Civic Club', value: '30', kind: 'event-token' });
		const second = await record({ sourceName: 'civic club ', value: '30', kind: 'event-token' });
		expect(second.result.totals.sourceCalendarYearCents).toBe(
			first.result.totals.sourceCalendarYearCents + 3000,
		);
		const rows = await t.db.select().from(gifts).where(eq(gifts.userId, 'u1'));
		expect(rows).toHaveLength(2);
		for (const [row, { result }] of [
			[rows.find((r) => r.id === first.id)!, first],
			[rows.find((r) => r.id === second.id)!, second],
		] as const) {
			expect(row.needsNotice).toBe(result.notices.length > 0);
			expect(JSON.parse(row.detailsJson)).toMatchObject({
				allowed: result.allowed,
				decidedBy: result.decidedBy,
			});
		}
	});
});
