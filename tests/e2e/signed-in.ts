import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { baseUrl, setupUrl } from './harness';

/** Signed-in area helpers for end-to-end tests: fresh profiles, form submits, first run and invitations. */

export const PASSWORD = 'a long enough passphrase';

/** Fresh browser profiles (own cookies), closed after the calling file. */
export function useProfiles(browser: () => Browser): (path: string) => Promise<Page> {
	const contexts: BrowserContext[] = [];
	afterAll(async () => {
		for (const c of contexts) await c.close();
	});
	return async (path) => {
		const context = await browser().newContext({ baseURL: baseUrl() });
		contexts.push(context);
		const page = await context.newPage();
		await page.goto(path);
		return page;
	};
}

/** Submits the form holding the given button, and waits for the page it leads to. */
export async function submit(page: Page, button: string | RegExp): Promise<void> {
	await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name: button }).click()]);
}

/**
 * First run with a roster: the setup link makes an administrator, who imports the roster; returns
 * each person's invitation link by e-mail address.
 */
export async function setUpRoster(visit: (path: string) => Promise<Page>, roster: string): Promise<Map<string, string>> {
	const admin = await visit(new URL(setupUrl()).pathname);
	await createAdministrator(admin);
	await admin.goto('/admin/roster/');
	await admin.getByLabel('…or paste the CSV here').fill(roster);
	await submit(admin, 'Import');
	const links = new Map<string, string>();
	for (const cell of await admin.locator('td.link-box').all()) links.set((await cell.getAttribute('data-to'))!, await cell.innerText());
	return links;
}

/** On the first-run setup page: creates the administrator Ada Admin, who lands signed in. */
export async function createAdministrator(setup: Page): Promise<void> {
	await setup.getByLabel('Your name').fill('Ada Admin');
	await setup.getByLabel('E-mail address').fill('ada@illinois.gov');
	await setup.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await setup.getByLabel('Password again').fill(PASSWORD);
	await submit(setup, 'Create administrator');
}

/** Follows an invitation link and chooses a password; the person lands signed in. */
export async function acceptInvitation(visit: (path: string) => Promise<Page>, link: string | undefined): Promise<Page> {
	expect(link, 'invitation link').toBeTruthy();
	const page = await visit(new URL(link!).pathname);
	await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('New password again').fill(PASSWORD);
	await submit(page, 'Save password and sign in');
	expect(new URL(page.url()).pathname).toBe('/account/');
	return page;
}
