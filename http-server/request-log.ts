import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A request id from the proxy in front (X-Request-Id) when it looks like one, else a new one. */
export function requestId(req: IncomingMessage): string {
	const given = req.headers['x-request-id'];
	return typeof given === 'string' && /^[\w.:-]{8,128}$/.test(given) ? given : randomUUID();
}

/** One structured log line (JSON), to standard output; `level` and `msg` first for people reading it raw. */
export function logLine(level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
	process.stdout.write(`${JSON.stringify({ level, msg, time: new Date().toISOString(), ...fields })}\n`);
}
