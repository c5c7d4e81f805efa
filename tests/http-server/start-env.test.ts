import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

/** Starts the server entry with an environment and returns how it ended (it must stop before serving). */
function start(env: Record<string, string>) {
	const run = spawnSync(process.execPath, ['http-server/main.ts'], {
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', DIST_DIR: 'no-such-dist', ...env },
		encoding: 'utf8',
		timeout: 20_000,
	});
	return { status: run.status, stderr: run.stderr };
}

describe('issue 9 bad input: a bad mail setting stops the start, naming the variable', () => {
	test.each([
		[{ SMTP_URL: 'relay.example' }, /Invalid environment: SMTP_URL: expected a URL/],
		[{ SMTP_URL: 'http://relay.example' }, /Invalid environment: SMTP_URL: expected a URL starting smtp:\/\/ or smtps:\/\//],
		[{ MAIL_FROM: 'nobody' }, /Invalid environment: MAIL_FROM: expected an address or "Name <address>", got "nobody"/],
	])('%j → exit 2 with the reason', (env, message) => {
		const r = start(env);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(message);
	});
});
