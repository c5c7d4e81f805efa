#!/usr/bin/env node
// `npm run mail:catch`: a local SMTP server that catches the portal's mail, for development. Each
// message is written as an .eml file under data/mail/ (open it with any mail program) and announced
// with one line here. In another terminal: SMTP_URL=smtp://127.0.0.1:2525 npm start
// MAIL_CATCHER_PORT moves the port; MAIL_CATCHER_DIR the folder. Loopback only; nothing is relayed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const port = Number(process.env.MAIL_CATCHER_PORT ?? 2525);
const dir = resolve(process.env.MAIL_CATCHER_DIR ?? 'data/mail');
mkdirSync(dir, { recursive: true });
let count = 0;

const server = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS', 'AUTH'],
	logger: false,
	onData(stream, session, callback) {
		const chunks: Buffer[] = [];
		stream.on('data', (c: Buffer) => chunks.push(c));
		stream.on('end', async () => {
			const raw = Buffer.concat(chunks);
			count += 1;
			const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${count}.eml`);
			writeFileSync(file, raw);
			const mail = await simpleParser(raw).catch(() => null);
			const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
			console.log(`✉ ${to}: ${mail?.subject ?? '(no subject)'} → ${file}`);
			callback();
		});
	},
});
server.on('error', (error) => console.error(`mail catcher: ${error.message}`));
server.listen(port, '127.0.0.1', () => {
	console.log(`Catching mail on smtp://127.0.0.1:${port}, writing each message to ${dir}/`);
	console.log(`Start the portal with:  SMTP_URL=smtp://127.0.0.1:${port} npm start`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
