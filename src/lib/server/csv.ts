import { stringify } from 'csv-stringify/sync';

/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell made safe for spreadsheets: a leading formula character is escaped with an apostrophe. */
export function safeCell(value: string | number | boolean | null): string | number | boolean {
	if (value === null) return '';
	return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A CSV document (RFC 4180, CRLF line ends) with a header row. */
export function toCsv(
	columns: readonly string[],
	rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
	return stringify([columns as string[], ...rows.map((r) => r.map(safeCell))], {
		record_delimiter: 'windows',
	});
}

/** The response for a CSV download. */
export function csvResponse(filename: string, csv: string): Response {
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
			'Cache-Control': 'no-store',
		},
	});
}
