import nodemailer from 'nodemailer';
import type { MailEnv } from './env';
import type { MailTransport } from './worker';

/** Seconds a relay may take before an attempt counts as a (temporary) timeout. */
const CONNECTION_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;

/**
 * The SMTP transport of a mail environment with a relay: a small pool of kept-open connections
 * (one worker sends in turn; reusing the session is what makes 100 messages a second possible).
 * smtp:// uses STARTTLS, required for every host but loopback; smtps:// is TLS from the start.
 */
export function createSmtpTransport(env: MailEnv & { smtpUrl: URL }): MailTransport & { close(): void } {
	const url = env.smtpUrl;
	const secure = url.protocol === 'smtps:';
	const transporter = nodemailer.createTransport({
		pool: true,
		maxConnections: 2,
		host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
		port: url.port ? Number(url.port) : secure ? 465 : 587,
		secure,
		requireTLS: env.requireTls,
		...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
		connectionTimeout: CONNECTION_TIMEOUT_MS,
		greetingTimeout: CONNECTION_TIMEOUT_MS,
		socketTimeout: SOCKET_TIMEOUT_MS,
	});
	return {
		sendMail: (message) => transporter.sendMail(message),
		close: () => transporter.close(),
	};
}
