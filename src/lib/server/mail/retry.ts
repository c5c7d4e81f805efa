/**
 * What a failed delivery means and when to try again: pure, so the tests move the clock and the
 * dice. A 5xx answer is the relay's final word; everything else (4xx, a refused or dropped
 * connection, a timeout, an answer that is not SMTP) may pass, so it is retried with backoff.
 */

/** First retry after 30 s, doubling each time, never more than an hour apart. */
export const RETRY_BASE_MS = 30_000;
export const RETRY_CAP_MS = 60 * 60_000;

/** How a failed attempt is handled. */
export type FailureKind = 'temporary' | 'permanent';

/** The parts of a nodemailer/SMTP error that decide: its SMTP reply code, if the server sent one. */
export interface SmtpFailure {
	responseCode?: number | undefined;
	code?: string | undefined;
	response?: string | undefined;
	message?: string | undefined;
}

/** 5xx is permanent (RFC 5321 §4.2.1); anything else is worth another try. */
export function classifyFailure(error: SmtpFailure): FailureKind {
	const code = error.responseCode;
	return typeof code === 'number' && code >= 500 && code < 600 ? 'permanent' : 'temporary';
}

/**
 * The wait before attempt `attempts + 1`, after `attempts` failed: exponential, capped, with jitter
 * in [½, 1] of the step so that many messages failing together do not retry together.
 * @param random a number in [0, 1) (Math.random in the worker, fixed in tests)
 */
export function retryDelayMs(attempts: number, random: number): number {
	const step = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
	return Math.round(step * (0.5 + 0.5 * random));
}

/** The server's answer in one line for the admin screen (no credentials: nodemailer never echoes them). */
export function describeFailure(error: SmtpFailure): string {
	const text = (error.response ?? error.message ?? 'unknown error').replace(/\s+/g, ' ').trim();
	return `${error.code ? `${error.code}: ` : ''}${text}`.slice(0, 500);
}
