import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sessions, userRoles, users } from '@db/schema';
import { RuleInputError } from '@rules/errors';
import { importRoster } from '@lib/server/roster';
import { parseRosterCsv, ROSTER_COLUMNS } from '@lib/server/roster-csv';
import { createSession } from '@lib/server/session';
import { createTempDb } from './temp-db';

const HEADER = ROSTER_COLUMNS.join(',');
const FIRST = [
	HEADER,
	'E100,Ann Lee,ann.lee@illinois.gov,Cook North,,2015-03-02,RC-062,ethics-officer',
	'E200,Bo Chen,Bo.Chen@illinois.gov,Cook North,E100,2019-07-15,RC-062,sei',
	'E300,Cy Diaz,cy.diaz@illinois.gov,Springfield,E100,2026-01-05,,"sei;on-leave"',
].join('\n');
const SECOND = [
	HEADER,
	'E100,Ann Lee,ann.lee@illinois.gov,Cook North,,2015-03-02,RC-062,ethics-officer',
	'E200,Bo Chen,bo.chen@illinois.gov,Cook South,E100,2019-07-15,RC-062,',
	'E400,Di Evans,di.evans@illinois.gov,Springfield,E200,2026-02-01,RC-014,',
].join('\n');

let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
});
afterAll(() => t.cleanup());

const run = (csv: string, nowMs: number) =>
	t.db.transaction((tx) => importRoster(tx, parseRosterCsv(csv), nowMs, '2026-03-01'), {
		behavior: 'immediate',
	});

describe('lib/server/roster.ts on a real database (Issue 4 §2: roster import and re-import)', () => {
	test('first import creates every account with roles from the file', async () => {
		const summary = await run(FIRST, 1);
		expect(summary).toMatchObject({ created: 3, updated: 0, deactivated: 0 });
		const roles = await t.db
			.select()
			.from(userRoles)
			.innerJoin(users, eq(users.id, userRoles.userId));
		const rolesOf = (emp: string) =>
			roles
				.filter((r) => r.users.employeeId === emp)
				.map((r) => r.user_roles.role)
				.sort();
		expect(rolesOf('E100')).toEqual(['employee', 'ethics-officer', 'supervisor']);
		expect(rolesOf('E200')).toEqual(['employee']);
		const [bo] = await t.db.select().from(users).where(eq(users.employeeId, 'E200'));
		expect(bo).toMatchObject({
			email: 'bo.chen@illinois.gov',
			filesSei: true,
			supervisorEmployeeId: 'E100',
		});
	});

	test('re-import updates, adds, deactivates the departed (never deletes) and ends their sessions', async () => {
		const [cy] = await t.db.select().from(users).where(eq(users.employeeId, 'E300'));
		await createSession(t.db, cy!.id, 1);
		const summary = await run(SECOND, 2);
		expect(summary).toMatchObject({ created: 1, updated: 1, unchanged: 1, deactivated: 1 });
		const all = await t.db.select().from(users);
		expect(all).toHaveLength(4);
		expect(all.find((u) => u.employeeId === 'E300')?.active).toBe(false);
		expect(all.find((u) => u.employeeId === 'E200')).toMatchObject({
			workUnit: 'Cook South',
			filesSei: false,
		});
		const [left] = await t.db.all<{ n: number }>(
			sql`SELECT count(*) AS n FROM sessions WHERE user_id = ${cy!.id}`,
		);
		expect(left?.n).toBe(0);
		const boRoles = await t.db
			.select()
			.from(userRoles)
			.innerJoin(users, eq(users.id, userRoles.userId))
			.where(eq(users.employeeId, 'E200'));
		expect(boRoles.map((r) => r.user_roles.role).sort()).toEqual(['employee', 'supervisor']);
		void sessions;
	});

	test('importing the same file twice changes nothing and duplicates nothing', async () => {
		const summary = await run(SECOND, 3);
		expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 3, deactivated: 0 });
		expect(await t.db.select().from(users)).toHaveLength(4);
	});

	test('a departed employee who returns is reactivated, not duplicated', async () => {
		const summary = await run(FIRST, 4);
		expect(summary).toMatchObject({ reactivated: 1, deactivated: 1 });
		expect(await t.db.select().from(users)).toHaveLength(4);
	});
});

describe('parseRosterCsv: every bad row named by line and column', () => {
	test.each([
		['wrong header', 'id,name\nE1,A', /expected the header row employee_id,name/],
		['header only', HEADER, /at least one employee row/],
		[
			'bad e-mail',
			`${HEADER}\nE1,A,not-an-email,U,,2020-01-01,,`,
			/line 2, email: expected an e-mail address/,
		],
		[
			'bad date',
			`${HEADER}\nE1,A,a@x.gov,U,,2020-13-01,,`,
			/line 2, hire_date: expected a date as YYYY-MM-DD, got "2020-13-01"/,
		],
		[
			'unknown flag',
			`${HEADER}\nE1,A,a@x.gov,U,,2020-01-01,,boss`,
			/expected flags among sei, on-leave, ethics-officer, administrator, got "boss"/,
		],
		[
			'duplicate id',
			`${HEADER}\nE1,A,a@x.gov,U,,2020-01-01,,\nE1,B,b@x.gov,U,,2020-01-01,,`,
			/employee id E1 appears twice/,
		],
		[
			'unknown supervisor',
			`${HEADER}\nE1,A,a@x.gov,U,E9,2020-01-01,,`,
			/supervisor id E9 of employee E1 is not in the roster/,
		],
		['ragged row', `${HEADER}\nE1,A,a@x.gov`, /expected a CSV file/],
	])('%s', (_l, csv, message) => {
		expect(() => parseRosterCsv(csv)).toThrow(RuleInputError);
		expect(() => parseRosterCsv(csv)).toThrow(message);
	});
});
