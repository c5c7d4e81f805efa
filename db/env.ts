import { z } from 'zod';

/** The default database: an embedded file, created on first run (git-ignored). */
export const DEFAULT_DATABASE_URL = 'file:data/portal.db';

/** The environment the database layer reads, parsed once with friendly messages. */
export const DbEnvSchema = z.object({
	/** `file:…` for an embedded database, or `libsql:`/`http(s):`/`ws(s):` for a libSQL server. */
	DATABASE_URL: z
		.string()
		.trim()
		.regex(/^(file|libsql|https?|wss?):/, {
			error: (issue) =>
				`expected a URL starting with file:, libsql:, http(s): or ws(s):, got ${JSON.stringify(issue.input)}`,
		})
		.default(DEFAULT_DATABASE_URL),
	/** Token for a libSQL server; ignored for files. */
	DATABASE_AUTH_TOKEN: z.string().trim().min(1).optional(),
	/** "production" turns on Secure cookies. */
	NODE_ENV: z.string().default('development'),
});
/** The parsed database environment. */
export type DbEnv = z.infer<typeof DbEnvSchema>;

/** Parses an environment (process.env by default); throws one readable error naming each bad variable. */
export function parseDbEnv(raw: Record<string, string | undefined> = process.env): DbEnv {
	const cleaned = Object.fromEntries(
		Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''),
	);
	const parsed = DbEnvSchema.safeParse(cleaned);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
		throw new Error(`Invalid database environment:\n${lines.join('\n')}`);
	}
	return parsed.data;
}
