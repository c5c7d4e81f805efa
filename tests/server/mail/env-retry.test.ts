import { describe, expect, test } from 'vitest';
import { parseMailEnv } from '@lib/server/mail/env';
import { classifyFailure, describeFailure, RETRY_BASE_MS, RETRY_CAP_MS, retryDelayMs } from '@lib/server/mail/retry';

describe('issue 9 §1 the mail environment', () => {
	test('unset SMTP_URL: nothing is sent, the outbox keeps every message', () => {
		expect(parseMailEnv({})).toMatchObject({ smtpUrl: null, from: 'Handbook Portal <no-reply@localhost.localdomain>', ratePerSecond: 10, maxAttempts: 8 });
	});
	test.each([
		['smtp://user:pass@relay.example:587', { requireTls: true }],
		['smtps://relay.example', { requireTls: false }],
		['smtp://127.0.0.1:2525', { requireTls: false }],
		['smtp://localhost:2525', { requireTls: false }],
	])('%s → %j (STARTTLS required except on loopback; smtps is TLS from the start)', (url, expected) => {
		expect(parseMailEnv({ SMTP_URL: url })).toMatchObject(expected);
	});
	test.each([
		[{ SMTP_URL: 'relay.example:587' }, /SMTP_URL: expected a URL starting smtp:\/\/ or smtps:\/\/, got "relay\.example:587"/],
		[{ SMTP_URL: 'not a url' }, /SMTP_URL: expected a URL like smtp:\/\/user:pass@relay\.example:587, got "not a url"/],
		[{ SMTP_URL: 'http://relay.example' }, /SMTP_URL: expected a URL starting smtp:\/\/ or smtps:\/\/, got "http:\/\/relay\.example"/],
		[{ MAIL_FROM: 'portal at dcfs' }, /MAIL_FROM: expected an address or "Name <address>", got "portal at dcfs"/],
		[{ MAIL_RATE_PER_SECOND: '0' }, /MAIL_RATE_PER_SECOND: expected a number of messages per second above 0/],
		[{ MAIL_MAX_ATTEMPTS: 'many' }, /MAIL_MAX_ATTEMPTS: expected a whole number of attempts/],
	])('a bad %j stops the start naming the variable', (env, message) => {
		expect(() => parseMailEnv(env)).toThrow(message);
	});
	test('MAIL_FROM takes an address or "Name <address>"', () => {
		expect(parseMailEnv({ MAIL_FROM: 'ethics@dcfs.example' }).from).toBe('ethics@dcfs.example');
		expect(parseMailEnv({ MAIL_FROM: 'DCFS Ethics <ethics@dcfs.example>' }).from).toBe('DCFS Ethics <ethics@dcfs.example>');
	});
});

describe('issue 9 §2 retry: 5xx is final, everything else is retried with capped exponential backoff', () => {
	test.each([
		[{ responseCode: 550 }, 'permanent'],
		[{ responseCode: 554 }, 'permanent'],
		[{ responseCode: 451 }, 'temporary'],
		[{ responseCode: 421 }, 'temporary'],
		[{ code: 'ECONNREFUSED' }, 'temporary'],
		[{ code: 'ETIMEDOUT' }, 'temporary'],
		[{ code: 'EPROTOCOL', message: 'Invalid greeting' }, 'temporary'],
	] as const)('%j → %s', (error, kind) => {
		expect(classifyFailure(error)).toBe(kind);
	});
	test.each([
		[1, 0, RETRY_BASE_MS / 2],
		[1, 1, RETRY_BASE_MS],
		[2, 1, RETRY_BASE_MS * 2],
		[4, 1, RETRY_BASE_MS * 8],
		[20, 1, RETRY_CAP_MS],
		[20, 0, RETRY_CAP_MS / 2],
	])('after %i failed attempt(s), dice %d → wait %d ms', (attempts, dice, wait) => {
		expect(retryDelayMs(attempts, dice)).toBe(wait);
	});
	test('the answer is one line, at most 500 characters', () => {
		expect(describeFailure({ code: 'EENVELOPE', response: '550 5.1.1\n  No such user' })).toBe('EENVELOPE: 550 5.1.1 No such user');
		expect(describeFailure({ message: 'x'.repeat(900) })).toHaveLength(500);
	});
});
