/**
 * Throttling, as the Lucia guide writes it: the policy is data and a few lines walk it.
 * Counters live in memory (one server process); a restart forgets them, which only loosens the
 * limit briefly. Instances come from factories, never module-level state (tests get fresh ones).
 */

/** Waiting time after each consecutive failure, in seconds (Lucia's Throttler sequence). */
export const SIGN_IN_TIMEOUTS_SECONDS = [0, 1, 2, 4, 8, 16, 30, 60, 180, 300] as const;

/** Sign-in attempts per client address: a burst of 20, then one per second (Lucia's example). A bucket,
 * not a lockout, because an office behind one address must not be locked out by one person's typos. */
export const SIGN_IN_ADDRESS_BUCKET = { max: 20, refillIntervalSeconds: 1 } as const;

/** Per-client budget for state-changing requests: a burst of `max`, then one more every `refillIntervalSeconds`. */
export const POST_BUCKET = { max: 60, refillIntervalSeconds: 0.5 } as const;

interface ThrottlingCounter {
	index: number;
	updatedAtMs: number;
}

/** Lockout throttler: after each failure the next attempt must wait the next timeout in the list. */
export class Throttler<K> {
	private readonly counters = new Map<K, ThrottlingCounter>();
	constructor(private readonly timeoutsSeconds: readonly number[]) {}

	/** True when an attempt is allowed now; records the attempt. */
	consume(key: K, nowMs: number): boolean {
		const counter = this.counters.get(key);
		if (!counter) {
			this.counters.set(key, { index: 0, updatedAtMs: nowMs });
			return true;
		}
		const waitSeconds = this.timeoutsSeconds[counter.index] ?? 0;
		if (nowMs - counter.updatedAtMs < waitSeconds * 1000) return false;
		counter.updatedAtMs = nowMs;
		counter.index = Math.min(counter.index + 1, this.timeoutsSeconds.length - 1);
		return true;
	}

	/** Seconds until the next attempt is allowed (0 when allowed now). */
	retryAfterSeconds(key: K, nowMs: number): number {
		const counter = this.counters.get(key);
		if (!counter) return 0;
		const waitMs =
			(this.timeoutsSeconds[counter.index] ?? 0) * 1000 - (nowMs - counter.updatedAtMs);
		return Math.max(0, Math.ceil(waitMs / 1000));
	}

	/** Forgets the key (after a successful sign-in). */
	reset(key: K): void {
		this.counters.delete(key);
	}
}

interface Bucket {
	count: number;
	refilledAtMs: number;
}

/** Token bucket: a burst of `max` requests, refilled one token per interval. */
export class RefillingTokenBucket<K> {
	private readonly buckets = new Map<K, Bucket>();
	constructor(
		private readonly max: number,
		private readonly refillIntervalSeconds: number,
	) {}

	/** True when `cost` tokens were available and have been taken. */
	consume(key: K, cost: number, nowMs: number): boolean {
		let bucket = this.buckets.get(key) ?? { count: this.max, refilledAtMs: nowMs };
		const refill = Math.floor((nowMs - bucket.refilledAtMs) / (this.refillIntervalSeconds * 1000));
		// Advance by whole intervals only, so a steady trickle of requests still earns its refills.
		if (refill > 0) {
			bucket = {
				count: Math.min(bucket.count + refill, this.max),
				refilledAtMs: bucket.refilledAtMs + refill * this.refillIntervalSeconds * 1000,
			};
		}
		if (bucket.count < cost) {
			this.buckets.set(key, bucket);
			return false;
		}
		this.buckets.set(key, { count: bucket.count - cost, refilledAtMs: bucket.refilledAtMs });
		return true;
	}
}

/** The throttlers one server process uses. */
export interface Throttlers {
	/** Sign-in failures per account (lower-cased e-mail). */
	signInPerAccount: Throttler<string>;
	/** Sign-in attempts per client address. */
	signInPerAddress: RefillingTokenBucket<string>;
	/** State-changing requests per client (session cookie, else address). */
	posts: RefillingTokenBucket<string>;
}

/** Creates fresh throttlers from the policy above. */
export function createThrottlers(): Throttlers {
	return {
		signInPerAccount: new Throttler(SIGN_IN_TIMEOUTS_SECONDS),
		signInPerAddress: new RefillingTokenBucket(
			SIGN_IN_ADDRESS_BUCKET.max,
			SIGN_IN_ADDRESS_BUCKET.refillIntervalSeconds,
		),
		posts: new RefillingTokenBucket(POST_BUCKET.max, POST_BUCKET.refillIntervalSeconds),
	};
}
