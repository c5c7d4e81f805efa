// @ts-check
// ESLint for Astro + TypeScript: typescript-eslint's recommended rules and eslint-plugin-astro's, with
// the house-style boundary of rules/ (house style §4) as import restrictions. `npm run lint`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
	{ ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'data/', 'bench/out/', 'tests/e2e/.artifacts/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.node, ...globals.browser } } },
	{
		rules: {
			// `_name` marks a parameter kept for its position (test.each rows, Astro handlers).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
	{
		// TypeScript (tsc and astro check) already reports undefined names, and knows Astro's ambient
		// types (astroHTML) that ESLint's scope analysis does not (typescript-eslint's advice).
		files: ['**/*.ts', '**/*.astro'],
		rules: { 'no-undef': 'off' },
	},
	{
		// rules/ runs in the browser, the server and the tests: nothing Node-only, framework or
		// server-side, and zod only through ./zod-mini (the calculators' weight).
		files: ['rules/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [{ name: 'zod', message: 'Use ./zod-mini: full zod weighs ~24 kB gzipped on every calculator page.' }],
					patterns: [
						{ group: ['node:*'], message: 'rules/ runs in the browser: no Node modules.' },
						{ group: ['astro', 'astro:*'], message: 'rules/ is framework-free.' },
						{ group: ['@db/*', '**/db/*'], message: 'rules/ never reads the database.' },
						{ group: ['@lib/server/*', '**/src/lib/server/*'], message: 'rules/ holds no server code.' },
					],
				},
			],
			// One import path per public function: a name is imported from the file that defines it.
			'no-restricted-syntax': [
				'error',
				{ selector: 'ExportAllDeclaration', message: 'No re-exports in rules/: import the name from the file that defines it.' },
				{ selector: 'ExportNamedDeclaration[source]', message: 'No re-exports in rules/: import the name from the file that defines it.' },
			],
		},
	},
);
