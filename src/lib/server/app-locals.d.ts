/** What the middleware puts in `Astro.locals` for on-demand routes. */
declare namespace App {
	interface Locals {
		/** Database, throttlers and cookie policy (set for the signed-in area, and wherever a session cookie came). */
		services: import('./services').Services;
		/** The signed-in user, or null. */
		user: import('./session').SessionUser | null;
		/** The current session, or null. */
		session: import('./session').Session | null;
	}
}
