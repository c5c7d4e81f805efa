import Database from 'libsql';

/**
 * Statements prepared once per connection. @libsql/client prepares every statement it executes
 * anew, then calls `raw(true)` on it, which throws (building an Error with its stack) for every
 * statement that returns no rows: together 12.5% of the server's CPU on an attestation (CPU
 * profile of `npm run bench`). libsql offers no hook for this, so its `prepare` gets a small
 * per-connection cache and `raw` a precomputed refusal. Safe because the client runs each
 * statement to completion synchronously (`all` or `run`, never an open iterator), so a cached
 * statement is never in use twice at once. A schema change empties every cache: SQLite would
 * re-prepare a stale statement by itself, but libsql keeps its old column names.
 */

/** Statements kept per connection; the least recently used one goes first. */
export const STATEMENTS_PER_CONNECTION = 256;

type Statement = ReturnType<Database.Database['prepare']>;

let installed = false;

/** Installs the cache (once per process; later calls do nothing). */
export function installStatementCache(): void {
	if (installed) return;
	installed = true;
	const prepare = Database.prototype.prepare;
	let caches = new WeakMap<Database.Database, Map<string, Statement>>();
	// DDL arrives through prepare (one statement) or exec (migrations, scripts).
	const isSchemaChange = (sql: string) => /^\s*(create|alter|drop)\b/i.test(sql);
	const exec = Database.prototype.exec;
	Database.prototype.exec = function execEmptyingCaches(this: Database.Database, sql: string) {
		caches = new WeakMap();
		return exec.call(this, sql);
	};
	const readers = new WeakMap<Statement, boolean>();
	const notReader = new TypeError('The raw() method is only for statements that return data');
	let rawPatched = false;
	Database.prototype.prepare = function cachedPrepare(this: Database.Database, sql: string) {
		if (isSchemaChange(sql)) {
			caches = new WeakMap();
			return prepare.call(this, sql);
		}
		let cache = caches.get(this);
		if (!cache) caches.set(this, (cache = new Map()));
		let statement = cache.get(sql);
		if (statement) {
			cache.delete(sql);
		} else {
			statement = prepare.call(this, sql);
			if (cache.size >= STATEMENTS_PER_CONNECTION) cache.delete(cache.keys().next().value!);
			if (!rawPatched) {
				rawPatched = true;
				const proto = Object.getPrototypeOf(statement) as Statement;
				const raw = proto.raw;
				proto.raw = function cachedRaw(this: Statement, toggle?: boolean) {
					if (toggle !== false) {
						let reader = readers.get(this);
						if (reader === undefined) readers.set(this, (reader = this.reader));
						if (!reader) throw notReader;
					}
					return raw.call(this, toggle);
				};
			}
		}
		cache.set(sql, statement);
		return statement;
	} as typeof prepare;
}
