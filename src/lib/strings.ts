import { z } from 'astro/zod';
import strings from './strings.en.json';

/** The UI strings of the site chrome, one flat dotted-key file. `StringKey` makes a misspelt key a
 * type error; the schema makes an empty or non-text value fail at build time. */
export const StringsSchema = z.strictObject(
	Object.fromEntries(Object.keys(strings).map((k) => [k, z.string().min(1)])) as Record<keyof typeof strings, z.ZodString>,
);

/** A UI string key. */
export type StringKey = keyof typeof strings;

const table = StringsSchema.parse(strings);

/** The English text of a UI string. @example t('nav.handbook') //=> 'Handbook' */
export function t(key: StringKey): string {
	return table[key];
}
