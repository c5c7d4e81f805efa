import { z } from 'zod';
import { isIsoDate } from '@rules/dates';

/**
 * A form's date field as `YYYY-MM-DD`, in classic zod for the server's schemas (drizzle-zod and
 * the form objects). The rules keep their own schema, which may be built with zod/mini for the
 * browser bundle; both use the rules' `isIsoDate`, so they accept exactly the same dates.
 */
export const IsoDateFieldSchema = z
	.string({ error: 'expected a date as YYYY-MM-DD' })
	.refine(isIsoDate, {
		error: (issue) => `expected a date as YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
	});
