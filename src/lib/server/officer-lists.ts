import { overdueAgeFrom } from './charts/officer-charts';
import { desc } from 'drizzle-orm';
import type { Db } from '@db/client';
import { campaigns } from '@db/schema';
import { listCampaigns } from './campaigns';
import { overdueList, unitCompletion, workUnits, type DashboardFilter } from './dashboard';
import { seiStatuses } from './sei-status';
import { DISCLOSURE_KIND_LABELS, loadDisclosures } from './disclosures';
import { giftNotices } from './gift-register';
import { formatInstant } from './today';

/** The lists the ethics officer sees and exports; the screen and the CSV come from the same rows. */
export const OFFICER_LISTS = ['completion', 'overdue', 'disclosures', 'gifts', 'sei'] as const;
/** One of {@link OFFICER_LISTS}. */
export type OfficerList = (typeof OFFICER_LISTS)[number];

/** A list as a header and rows, ready for a table or a CSV file. */
export interface Table {
	columns: string[];
	rows: (string | number)[][];
}

/** The campaign a filter names, else the latest one open (listCampaigns lists the latest first). */
export function pickCampaign<C extends { id: string; opensOn: string }>(all: readonly C[], campaignId: string | null, todayIso: string): C | null {
	return (campaignId ? all.find((c) => c.id === campaignId) : all.find((c) => c.opensOn <= todayIso)) ?? null;
}

/** Everything on the dashboard for one filter. */
export async function loadDashboard(
	db: Db,
	filter: DashboardFilter,
	todayIso: string,
	options: { overdueLimit?: number } = {},
) {
	const all = await listCampaigns(db);
	const campaign = pickCampaign(all, filter.campaignId, todayIso);
	const units = campaign ? await unitCompletion(db, campaign, todayIso, filter.workUnit) : [];
	const overdue = campaign
		? await overdueList(db, campaign, todayIso, filter.workUnit, options.overdueLimit, filter.overdueAge)
		: [];
	const disclosures = (await loadDisclosures(db, { undecided: true })).filter(
		(r) => r.stage !== 'decided' && (!filter.workUnit || r.owner.workUnit === filter.workUnit),
	);
	const gifts = (await giftNotices(db, filter.giftSource ?? null)).filter(
		(g) => !filter.workUnit || g.owner.workUnit === filter.workUnit,
	);
	const seiYear = Number(todayIso.slice(0, 4));
	const sei = await seiStatuses(db, seiYear, todayIso, filter.workUnit);
	return {
		campaigns: all,
		campaign,
		units,
		overdue,
		disclosures,
		gifts,
		sei,
		seiYear,
		workUnits: await workUnits(db),
		totals: {
			people: sum(units, 'total'),
			done: sum(units, 'done'),
			overdue: sum(units, 'overdue'),
		},
	};
}

const sum = <K extends string>(rows: readonly Record<K, number>[], key: K) =>
	rows.reduce((n, r) => n + r[key], 0);

/** People shown in the overdue table on screen (the export has everyone). */
export const OVERDUE_ON_SCREEN = 200;

/** One dashboard list as a table (for CSV export). */
export async function officerTable(
	db: Db,
	list: OfficerList,
	filter: DashboardFilter,
	todayIso: string,
): Promise<Table> {
	const d = await loadDashboard(db, filter, todayIso);
	switch (list) {
		case 'completion':
			return {
				columns: [
					'campaign',
					'work_unit',
					'employees',
					'certified',
					'deferred',
					'overdue',
					'percent_certified',
				],
				rows: d.units.map((u) => [
					d.campaign?.id ?? '',
					u.workUnit,
					u.total,
					u.done,
					u.deferred,
					u.overdue,
					u.percentDone,
				]),
			};
		case 'overdue':
			return {
				columns: [
					'campaign',
					'employee_id',
					'name',
					'email',
					'work_unit',
					'due_on',
					'days_overdue',
				],
				rows: d.overdue.map((o) => [
					d.campaign?.id ?? '',
					o.employeeId,
					o.name,
					o.email,
					o.workUnit,
					o.dueOn,
					o.daysOverdue,
				]),
			};
		case 'disclosures':
			return {
				columns: [
					'disclosure_id',
					'employee',
					'work_unit',
					'kind',
					'organization',
					'submitted',
					'stage',
				],
				rows: d.disclosures.map((r) => [
					r.disclosure.id,
					r.owner.name,
					r.owner.workUnit,
					DISCLOSURE_KIND_LABELS[r.disclosure.kind],
					r.disclosure.counterparty,
					formatInstant(r.disclosure.submittedAtMs),
					r.stage,
				]),
			};
		case 'gifts':
			return {
				columns: [
					'gift_id',
					'employee',
					'work_unit',
					'source',
					'received_on',
					'value_dollars',
					'notice_due_on',
				],
				rows: d.gifts.map((g) => [
					g.gift.id,
					g.owner.name,
					g.owner.workUnit,
					g.gift.source,
					g.gift.receivedOn,
					(g.gift.valueCents / 100).toFixed(2),
					g.gift.noticeDueOn ?? '',
				]),
			};
		case 'sei':
			return {
				columns: ['year', 'name', 'work_unit', 'filed_on', 'status', 'charges_dollars'],
				rows: d.sei.map((s) => [
					d.seiYear,
					s.name,
					s.workUnit,
					s.filedOn ?? '',
					s.status,
					(s.chargesCents / 100).toFixed(2),
				]),
			};
	}
}

/** The most recent campaigns first (for the campaign filter). */
export async function campaignOptions(db: Pick<Db, 'select'>) {
	return db
		.select({ id: campaigns.id, title: campaigns.title })
		.from(campaigns)
		.orderBy(desc(campaigns.opensOn));
}

/** The filter from a query string; unknown work units and campaigns are simply not matched. */
export function filterFrom(params: URLSearchParams): DashboardFilter {
	const clean = (v: string | null) => (v && v.trim() ? v.trim().slice(0, 200) : null);
	const age = overdueAgeFrom(params.get('age'));
	return {
		campaignId: clean(params.get('campaign')),
		workUnit: clean(params.get('unit')),
		overdueAge: age ? { min: age.min, max: age.max } : null,
		giftSource: clean(params.get('source')),
	};
}

/** The CSV export of one list, with the dashboard's filter (the campaign shown, the work unit). */
export function exportHref(list: OfficerList, campaignId: string | null, workUnit: string | null): string {
	const query = new URLSearchParams({
		...(campaignId ? { campaign: campaignId } : {}),
		...(workUnit ? { unit: workUnit } : {}),
	}).toString();
	return `/officer/export/${list}/${query ? `?${query}` : ''}`;
}

/** How the review queue names a disclosure's stage. */
export const DISCLOSURE_STAGE_LABELS = {
	'awaiting-supervisor': 'With the supervisor',
	'awaiting-determination': 'Awaiting your determination',
	decided: 'Decided',
} as const;
