import { describe, expect, test } from 'vitest';
import { RefillingTokenBucket, SIGN_IN_TIMEOUTS_SECONDS, Throttler } from '@lib/server/throttle';

describe('lib/server/throttle.ts (Issue 4 §2: sign-in throttled per account and per address)', () => {
	test.each(SIGN_IN_TIMEOUTS_SECONDS.map((waitSeconds, i) => [i + 2, waitSeconds] as const))(
		'the lockout follows the policy table: attempt %i must wait %is after the one before',
		(attempt, waitSeconds) => {
			const throttler = new Throttler<string>(SIGN_IN_TIMEOUTS_SECONDS);
			let nowMs = 1_000_000;
			// Make attempt-1 attempts, each exactly when allowed.
			for (let n = 1; n < attempt; n++) {
				expect(throttler.consume('a@x.gov', nowMs)).toBe(true);
				nowMs += (SIGN_IN_TIMEOUTS_SECONDS[n - 1] ?? 0) * 1000;
			}
			nowMs -= waitSeconds * 1000;
			if (waitSeconds > 0)
				expect(throttler.consume('a@x.gov', nowMs + waitSeconds * 1000 - 1)).toBe(false);
			expect(throttler.consume('a@x.gov', nowMs + waitSeconds * 1000)).toBe(true);
		},
	);

	test('keys are independent and reset clears a key', () => {
		const throttler = new Throttler<string>([0, 60]);
		expect(throttler.consume('a', 0)).toBe(true);
		expect(throttler.consume('a', 0)).toBe(true);
		expect(throttler.consume('a', 1000)).toBe(false);
		expect(throttler.consume('b', 1000)).toBe(true);
		throttler.reset('a');
		expect(throttler.consume('a', 1000)).toBe(true);
	});

	test.each([
		[
			'a full bucket allows its burst',
			3,
			1,
			[
				[0, true],
				[0, true],
				[0, true],
				[0, false],
			],
		],
		[
			'one token comes back per interval, not before',
			2,
			1,
			[
				[0, true],
				[0, true],
				[999, false],
				[1000, true],
				[1000, false],
			],
		],
		[
			'refills never exceed the maximum',
			2,
			1,
			[
				[0, true],
				[10_000, true],
				[10_000, true],
				[10_000, false],
			],
		],
	] as const)('token bucket: %s', (_l, max, intervalSeconds, steps) => {
		const bucket = new RefillingTokenBucket<string>(max, intervalSeconds);
		for (const [atMs, allowed] of steps) expect(bucket.consume('ip', 1, atMs)).toBe(allowed);
	});
});
