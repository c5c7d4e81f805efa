import { z } from 'zod/mini';

/**
 * The zod every rule schema is written with: `zod/mini`, the tree-shakable functional API of zod 4
 * (same core, same `z.infer` types, same `.parse`/`.safeParse`). The calculator pages ship these
 * schemas to the browser, and full `zod` alone weighed ~24 KB gzipped of each page's 30 KB budget
 * (issue 3, item 5); mini brings only the checks a schema uses.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

// zod/mini registers no locale, so without this every default message (a wrong type, an unknown
// enum value, a list too long) would read only "Invalid input". English is what full zod
// registers, so the messages stay word for word those the tests and the API already give.
z.config(z.locales.en());

export { z };
