import type { APIRoute } from 'astro';
import { writeTransaction } from '@db/write-queue';
import { appendAudit } from '@lib/server/audit';
import { csvResponse, toCsv } from '@lib/server/csv';
import { requireRouteAccess } from '@lib/server/http';
import { HttpError, responseForError } from '@lib/server/http-errors';
import {
	filterFrom,
	OFFICER_LISTS,
	officerTable,
	type OfficerList,
} from '@lib/server/officer-lists';
import { isoDateInIllinois } from '@lib/server/today';

export const prerender = false;

/** CSV export of one dashboard list, with the dashboard's filters; every export is audited. */
export const GET: APIRoute = async (ctx) => {
	try {
		const user = requireRouteAccess(ctx)!;
		const list = ctx.params.list ?? '';
		if (!(OFFICER_LISTS as readonly string[]).includes(list))
			throw new HttpError(
				404,
				`There is no list called ${list}; expected one of ${OFFICER_LISTS.join(', ')}.`,
			);
		const nowMs = Date.now();
		const today = isoDateInIllinois(nowMs);
		const filter = filterFrom(ctx.url.searchParams);
		const { db } = ctx.locals.services;
		const table = await officerTable(db, list as OfficerList, filter, today);
		await writeTransaction(db, (tx) =>
			appendAudit(
				tx,
				{
					actorUserId: user.id,
					action: 'export.csv',
					subject: `list:${list}`,
					details: { ...filter, rows: table.rows.length },
				},
				nowMs,
			),
		);
		return csvResponse(`${list}-${today}.csv`, toCsv(table.columns, table.rows));
	} catch (error) {
		return responseForError(error);
	}
};
