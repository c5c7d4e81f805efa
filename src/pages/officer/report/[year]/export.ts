import type { APIRoute } from 'astro';
import { writeTransaction } from '@db/write-queue';
import { annualReport, REPORT_COLUMNS, reportTable, reportYear } from '@lib/server/annual-report';
import { appendAudit } from '@lib/server/audit';
import { csvResponse, toCsv } from '@lib/server/csv';
import { requireRouteAccess } from '@lib/server/http';
import { HttpError, responseForError } from '@lib/server/http-errors';
import { isoDateInIllinois } from '@lib/server/today';

export const prerender = false;

/** The annual compliance report as CSV: one row per person and obligation (every count of the report is a count of these rows); audited. */
export const GET: APIRoute = async (ctx) => {
	try {
		const user = requireRouteAccess(ctx)!;
		const nowMs = Date.now();
		const today = isoDateInIllinois(nowMs);
		const asked = reportYear(ctx.params.year ?? '', today);
		if ('problem' in asked) throw new HttpError(404, asked.problem);
		const { db } = ctx.locals.services;
		const report = await annualReport(db, asked.year, today);
		const text = String(asked.year);
		await writeTransaction(db, (tx) =>
			appendAudit(tx, { actorUserId: user.id, action: 'export.csv', subject: `report:${text}`, details: { rows: report.rows.length } }, nowMs),
		);
		return csvResponse(`compliance-report-${text}.csv`, toCsv(REPORT_COLUMNS, reportTable(report.rows)));
	} catch (error) {
		return responseForError(error);
	}
};
