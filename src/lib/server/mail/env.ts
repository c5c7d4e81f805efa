import { z } from 'zod';
import { LOOPBACK_HOSTS, parseEnvironment } from '../env-parse.ts';

/**
 * The mail environment, parsed once. Imported by the server's entry (http-server/main.ts, run by
 * Node directly) to stop a bad start early, so it imports only zod and a relative file, with no path aliases.
 */

const positive = (what: string) =>
	z.coerce.number({ error: `expected ${what}` }).positive({ error: `expected ${what} above 0` });

export const MailEnvSchema = z.object({
	/**
	 * smtp://user:pass@relay.example:587 (STARTTLS, required except on loopback) or smtps://… (TLS
	 * from the first byte). Unset: nothing is sent, the outbox keeps every message.
	 */
	SMTP_URL: z
		.string()
		.trim()
		.transform((text, ctx) => {
			let url: URL;
			try {
				url = new URL(text);
			} catch {
				ctx.addIssue({ code: 'custom', message: `expected a URL like smtp://user:pass@relay.example:587, got ${JSON.stringify(text)}` });
				return z.NEVER;
			}
			if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
				ctx.addIssue({ code: 'custom', message: `expected a URL starting smtp:// or smtps://, got ${JSON.stringify(text)}` });
				return z.NEVER;
			}
			if (!url.hostname) {
				ctx.addIssue({ code: 'custom', message: 'expected a host name after smtp://' });
				return z.NEVER;
			}
			return url;
		})
		.optional(),
	/** The sender: an address, or "Name <address>". */
	MAIL_FROM: z
		.string()
		.trim()
		.refine((v) => /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/.test(v), {
			error: (issue) => `expected an address or "Name <address>", got ${JSON.stringify(issue.input)}`,
		})
		.default('Handbook Portal <no-reply@localhost.localdomain>'),
	/** Messages a second at most: relays limit senders. */
	MAIL_RATE_PER_SECOND: positive('a number of messages per second').default(10),
	/** Tries before a temporarily failing message is given up as failed. */
	MAIL_MAX_ATTEMPTS: z.coerce.number({ error: 'expected a whole number of attempts' }).int().min(1).max(50).default(8),
});

/** The parsed mail settings. */
export interface MailEnv {
	smtpUrl: URL | null;
	/** STARTTLS is required (not merely used when offered) for every host but loopback. */
	requireTls: boolean;
	from: string;
	ratePerSecond: number;
	maxAttempts: number;
}

/** Parses the environment (process.env by default); throws one error naming each bad variable. */
export function parseMailEnv(raw: Record<string, string | undefined> = process.env): MailEnv {
	const { SMTP_URL, MAIL_FROM, MAIL_RATE_PER_SECOND, MAIL_MAX_ATTEMPTS } = parseEnvironment(MailEnvSchema, raw, 'mail');
	return {
		smtpUrl: SMTP_URL ?? null,
		requireTls: SMTP_URL ? SMTP_URL.protocol === 'smtp:' && !LOOPBACK_HOSTS.has(SMTP_URL.hostname) : false,
		from: MAIL_FROM,
		ratePerSecond: MAIL_RATE_PER_SECOND,
		maxAttempts: MAIL_MAX_ATTEMPTS,
	};
}
