import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** An answer the test server gives instead of accepting a message. */
export interface Refusal {
	responseCode: number;
	message: string;
}

/**
 * A real SMTP server on a loopback port for the tests: it accepts (or refuses, when told) every
 * message and keeps each one parsed with mailparser. It can be stopped and started again on the same
 * port to play a relay that is down for a while.
 */
export async function startSmtpCatcher(options: { port?: number } = {}) {
	const received: ParsedMail[] = [];
	/** Refusals to give, one per message, before accepting again. */
	const refusals: Refusal[] = [];
	let server: SMTPServer | undefined;
	let port = options.port ?? 0;

	async function listen(): Promise<void> {
		server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS', 'AUTH'],
			logger: false,
			onData(stream, _session, callback) {
				const chunks: Buffer[] = [];
				stream.on('data', (c: Buffer) => chunks.push(c));
				stream.on('end', () => {
					const refusal = refusals.shift();
					if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.responseCode }));
					simpleParser(Buffer.concat(chunks)).then(
						(mail) => {
							received.push(mail);
							callback();
						},
						(error: Error) => callback(error),
					);
				});
			},
		});
		await new Promise<void>((resolve, reject) => {
			server!.once('error', reject);
			server!.listen(port, '127.0.0.1', () => resolve());
		});
		port = (server.server.address() as AddressInfo).port;
	}

	await listen();
	return {
		received,
		refusals,
		get port() {
			return port;
		},
		get url() {
			return `smtp://127.0.0.1:${port}`;
		},
		/** Stops listening (connections are refused until `start`). */
		stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
		/** Listens again on the same port. */
		start: listen,
	};
}

/** The text of a parsed message's plain body. */
export const textOf = (mail: ParsedMail): string => mail.text ?? '';
/** The first recipient's address. */
export const toOf = (mail: ParsedMail): string | undefined => {
	const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
	return to?.value[0]?.address;
};
