import type { z } from 'zod';

/**
 * The one way an environment is read: empty values count as unset, and a bad one throws a single
 * error naming each variable and the reason. Imports nothing at run time, so that the server entry
 * (run by Node directly) can use the mail and sign-on environments through it.
 */

/** Hosts reached without TLS only on this machine (a development relay, the tests' provider). */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Parses `raw` with `schema`; throws "Invalid <what> environment:" and one line per bad variable. */
export function parseEnvironment<S extends z.ZodType>(schema: S, raw: Record<string, string | undefined>, what: string): z.output<S> {
	const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
	const parsed = schema.safeParse(cleaned);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
		throw new Error(`Invalid ${what} environment:\n${lines.join('\n')}`);
	}
	return parsed.data;
}
