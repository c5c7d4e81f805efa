import { describe, expect, test } from 'vitest';
import strings from '../../src/lib/strings.en.json';
import { StringsSchema, t } from '../../src/lib/strings';

describe('UI strings (src/lib/strings.en.json)', () => {
	test('every value is non-empty text and keys are dotted lower-camel paths', () => {
		expect(StringsSchema.safeParse(strings).success).toBe(true);
		expect(Object.keys(strings).filter((k) => !/^[a-z]+(\.[a-zA-Z]+)+$/.test(k))).toEqual([]);
	});
	test('an empty value is refused', () => {
		expect(StringsSchema.safeParse({ ...strings, 'nav.handbook': '' }).success).toBe(false);
	});
	test('t() returns the text', () => expect(t('nav.handbook')).toBe('Handbook'));
});
