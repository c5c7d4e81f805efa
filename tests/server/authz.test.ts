import { describe, expect, test } from 'vitest';
import { canViewRecordsOf, decideAccess } from '@lib/server/authz';
import type { SessionUser } from '@lib/server/session';

const person = (
	id: string,
	employeeId: string | null,
	roles: SessionUser['roles'],
): SessionUser => ({ id, employeeId, name: id, email: `${id}@x.gov`, workUnit: 'U', roles });
const EMMA = { id: 'emma', supervisorEmployeeId: 'E200' };

describe('lib/server/authz.ts object-level check (Issue 4 §3: whose records a viewer may see)', () => {
	test.each([
		['the employee themself', person('emma', 'E300', ['employee']), true],
		['another employee', person('lee', 'E400', ['employee']), false],
		['her supervisor', person('sam', 'E200', ['employee', 'supervisor']), true],
		['another supervisor', person('max', 'E500', ['employee', 'supervisor']), false],
		['a supervisor role without an employee id', person('ghost', null, ['supervisor']), false],
		['the ethics officer', person('olive', 'E100', ['employee', 'ethics-officer']), true],
		['an administrator (accounts, not records)', person('ada', null, ['administrator']), false],
	])('%s', (_l, viewer, allowed) => {
		expect(canViewRecordsOf(viewer, EMMA)).toBe(allowed);
	});

	test('routes outside the signed-in area are left to the static site', () => {
		expect(decideAccess('/handbook/[...slug]', null)).toBe('allowed');
	});
});
