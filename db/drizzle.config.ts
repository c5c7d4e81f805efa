import { defineConfig } from 'drizzle-kit';

/** drizzle-kit: `drizzle-kit generate --config=db/drizzle.config.ts` writes reviewed SQL to db/migrations. */
export default defineConfig({
	dialect: 'sqlite',
	schema: './db/schema.ts',
	out: './db/migrations',
	casing: 'snake_case',
	strict: true,
	verbose: true,
});
