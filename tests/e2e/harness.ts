import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** The base URL of the server the global setup started (e.g. http://127.0.0.1:41234). */
export const baseUrl = (): string => inject('baseUrl');

/** The one-time first-run setup link printed by scripts/db-prepare.ts ('' when none was printed). */
export const setupUrl = (): string => inject('setupUrl');

/** Where the e2e server looks for the printed editions' PDFs (PRINT_DIR; empty until a test prints them). */
export const printDir = (): string => inject('printDir');

/** The database the e2e server uses (a temporary libSQL file). */
export const databaseUrl = (): string => inject('databaseUrl');

// The flags Chromium needs on these machines: no sandbox as root, no GPU, and no background
// networking (the machine has no internet and refused connections slow Chromium down).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** A Content-Security-Policy violation Chromium reported, with the page it happened on. */
export interface CspViolation {
	page: string;
	directive: string;
	blocked: string;
}

// Recorded in every page of every context the browser opens, before any of the page's own scripts.
const RECORD_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => {
	window.__cspViolationCallback?.({ page: location.pathname, directive: e.effectiveDirective, blocked: e.blockedURI || '(inline)' });
});`;

/**
 * Launches Debian's Chromium once for the calling test file and closes it afterwards. Every context
 * it opens records CSP violations; the file fails in its afterAll if there was any (the policy must
 * let every calculator, search and the reporting guide work).
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	const violations: CspViolation[] = [];
	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
		const newContext = browser.newContext.bind(browser);
		browser.newContext = async (options) => {
			const context = await newContext(options);
			await context.exposeFunction('__cspViolationCallback', (v: CspViolation) => violations.push(v));
			await context.addInitScript(RECORD_CSP_VIOLATIONS);
			return context;
		};
	});
	afterAll(async () => {
		await browser?.close();
		if (violations.length > 0)
			throw new Error(`Content-Security-Policy violations:\n${violations.map((v) => `  ${v.page}: ${v.directive} blocked ${v.blocked}`).join('\n')}`);
	});
	return () => {
		if (!browser) throw new Error('useBrowser(): the browser is not launched yet (call it at the top of the file).');
		return browser;
	};
}

/** A fresh page (own cookies) at a path of the site. */
export async function openPage(browser: Browser, path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light', baseURL: baseUrl() });
	const page = await context.newPage();
	await page.goto(path);
	return page;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** An axe-core violation, reduced to what a failure message needs. */
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/** Runs axe-core on the page for WCAG 2.0/2.1/2.2 A and AA and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated over the DevTools protocol: an inline <script> would be (rightly) refused by the CSP.
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
		return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
	});
}
