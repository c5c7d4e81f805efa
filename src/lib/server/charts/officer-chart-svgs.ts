import type { UnitCompletion } from '../dashboard';
import { REVIEW_STAGES, type BurnUpDay, type GiftSourceYear, type OverdueAgeId, type ReviewTimeMonth } from './officer-charts';
import { Plot, renderChart } from './plot-svg';

/**
 * The ethics officer's charts as SVG. Every bar links to the list of people behind it on the
 * dashboard (drill-down), every value is also written as text on or beside its mark, and lines are
 * told apart by dash pattern and label, never by colour alone.
 */

/** What an officer's link filters by; empty values are left out of the query. */
interface OfficerLinkFilter {
	campaign?: string | null;
	unit?: string | null;
	age?: OverdueAgeId | null;
	source?: string | null;
	by?: string | null;
	anchor: string;
}

function officerHref(path: string, { anchor, ...filter }: OfficerLinkFilter): string {
	const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
	return `${path}${query.size ? `?${query.toString()}` : ''}#${anchor}`;
}

/** The dashboard's lists, filtered (the charts' drill-down). */
export function dashboardHref(campaignId: string | null, options: Omit<OfficerLinkFilter, 'by'>): string {
	return officerHref('/officer/', { campaign: campaignId, ...options });
}

/** The charts page, filtered (the way back from a list, and a burn-up point's people). */
export function chartsHref(campaignId: string | null, options: Pick<OfficerLinkFilter, 'unit' | 'by' | 'anchor'>): string {
	return officerHref('/officer/charts/', { campaign: campaignId, ...options });
}

/** A link for a mark: linkedom writes attribute values as given, so the ampersands are escaped here. */
const markHref = (href: string) => href.replace(/&/g, '&amp;');

/** Axis ticks for counts of people: whole numbers only. */
const wholeNumbers = (n: number) => (Number.isInteger(n) ? String(n) : '');

/** Completion by work unit, lowest first, with the agency's figure as a dashed line. */
export function completionChart(campaignId: string, units: readonly UnitCompletion[], agencyPercent: number): string {
	const label = (u: UnitCompletion) => u.workUnit || '(no work unit)';
	return renderChart(
		{
			id: 'chart-units',
			title: 'Completion by work unit',
			description: `Percent of each work unit certified, lowest first; the dashed line is the agency as a whole, ${agencyPercent} percent. Each bar links to that unit's people.`,
		},
		{
			height: 40 + 26 * Math.max(units.length, 1),
			marginLeft: 150,
			marginRight: 60,
			x: { domain: [0, 100], label: 'Percent certified', grid: true },
			y: { label: null, domain: units.map(label) },
			marks: [
				Plot.barX(units, { x: 'percentDone', y: label, href: (u: UnitCompletion) => markHref(dashboardHref(campaignId, { unit: u.workUnit, anchor: 'overdue' })), ariaLabel: (u: UnitCompletion) => `${label(u)}: ${u.percentDone} percent certified; open its people` }),
				Plot.text(units, { x: 'percentDone', y: label, text: (u: UnitCompletion) => `${u.percentDone}% (${u.done}/${u.total - u.deferred})`, textAnchor: 'start', dx: 4 }),
				Plot.ruleX([agencyPercent], { strokeDasharray: '6 3', strokeWidth: 2 }),
				Plot.text([agencyPercent], { x: (v: number) => v, frameAnchor: 'top', text: () => `Agency ${agencyPercent}%`, dy: -2, lineAnchor: 'bottom' }),
			],
			marginTop: 24,
		},
	);
}

/** People overdue by how long. */
export function ageingChart(campaignId: string, unit: string | null, bands: readonly { id: OverdueAgeId; label: string; people: number }[]): string {
	const total = bands.reduce((n, b) => n + b.people, 0);
	return renderChart(
		{
			id: 'chart-ageing',
			title: 'Overdue by how long',
			description: `${total} people overdue: ${bands.map((b) => `${b.label.toLowerCase()}, ${b.people}`).join('; ')}. Each bar links to the people in it.`,
		},
		{
			height: 140,
			marginLeft: 130,
			marginRight: 40,
			x: { label: 'People overdue', grid: true, tickFormat: wholeNumbers, domain: [0, Math.max(1, ...bands.map((b) => b.people))] },
			y: { label: null, domain: bands.map((b) => b.label) },
			marks: [
				Plot.barX(bands, { x: 'people', y: 'label', href: (b: { id: OverdueAgeId }) => markHref(dashboardHref(campaignId, { unit, age: b.id, anchor: 'overdue' })), ariaLabel: (b: { label: string; people: number }) => `${b.label} overdue: ${b.people} people; open the list` }),
				Plot.text(bands, { x: 'people', y: 'label', text: (b: { people: number }) => String(b.people), textAnchor: 'start', dx: 4 }),
			],
		},
	);
}

/** Completion over time against the number who must certify, with the due date and today marked. */
export function burnUpChart(campaignId: string, unit: string | null, series: { days: readonly BurnUpDay[]; required: number; deadlineOn: string }, todayIso: string): string {
	const date = (day: string) => new Date(`${day}T12:00:00Z`);
	const last = series.days.at(-1);
	const firstDay = series.days[0]?.day ?? todayIso;
	const lastDay = series.deadlineOn > todayIso ? series.deadlineOn : todayIso;
	return renderChart(
		{
			id: 'chart-burn-up',
			title: 'Completion over time',
			description: `People certified by the end of each day since the campaign opened on ${firstDay}: ${last?.certified ?? 0} of ${series.required} by ${todayIso}. The dashed vertical line is the due date, ${series.deadlineOn}; the dotted one is today; the horizontal line is the ${series.required} who must certify.`,
		},
		{
			height: 260,
			marginLeft: 50,
			marginRight: 30,
			marginTop: 24,
			x: { type: 'utc', label: null, domain: [date(firstDay), date(lastDay)] },
			y: { label: 'People certified', grid: true, tickFormat: wholeNumbers, domain: [0, Math.max(1, series.required)] },
			marks: [
				Plot.ruleY([series.required], { strokeWidth: 1.5 }),
				Plot.ruleX([date(series.deadlineOn)], { strokeDasharray: '6 3', strokeWidth: 2 }),
				Plot.text([date(series.deadlineOn)], { x: (d: Date) => d, frameAnchor: 'top', text: () => `Due ${series.deadlineOn}`, lineAnchor: 'bottom', dy: -2 }),
				Plot.ruleX([date(todayIso)], { strokeDasharray: '1 3', strokeWidth: 2 }),
				Plot.lineY(series.days, { x: (d: BurnUpDay) => date(d.day), y: 'certified', curve: 'step-after', strokeWidth: 2 }),
				// A point a week (and the last day), each opening the people it counts.
				Plot.dot(
					series.days.filter((d, i) => i % 7 === 0 || i === series.days.length - 1),
					{
						x: (d: BurnUpDay) => date(d.day),
						y: 'certified',
						r: 4,
						fill: 'currentColor',
						href: (d: BurnUpDay) => markHref(chartsHref(campaignId, { unit, by: d.day, anchor: 'certified-by' })),
						ariaLabel: (d: BurnUpDay) => `${d.certified} certified by the end of ${d.day}; open the list`,
					},
				),
			],
		},
	);
}

/** Median review time per month for each stage; the stages differ by line pattern and by their labels. */
export function reviewTimeChart(year: number, months: readonly ReviewTimeMonth[]): string {
	const stageLabel = (id: string) => REVIEW_STAGES.find((s) => s.id === id)!.label;
	const monthNames = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
	const summary = REVIEW_STAGES.map((s) => {
		const own = months.filter((m) => m.stage === s.id);
		return own.length === 0 ? `${s.label}: none finished in ${year}` : `${s.label}: ${own.map((m) => `${m.month} median ${m.medianDays} days`).join(', ')}`;
	}).join('. ');
	return renderChart(
		{ id: 'chart-review', title: `Disclosure review time in ${year}, median days per month`, description: `${summary}. The table beside gives the 90th percentile and how many disclosures each month.` },
		{
			height: 240,
			marginLeft: 50,
			marginTop: 24,
			x: { type: 'band', domain: monthNames, label: null, tickFormat: (m: string) => m.slice(5) },
			y: { label: 'Median days', grid: true, zero: true },
			marks: [
				...REVIEW_STAGES.map((s, i) =>
					Plot.line(
						months.filter((m) => m.stage === s.id),
						{ x: 'month', y: 'medianDays', strokeWidth: 2, ...(i === 0 ? {} : { strokeDasharray: '6 3' }) },
					),
				),
				// Filled dots for the supervisor stage, open ones for the determination: shape, not colour.
				Plot.dot(months, {
					x: 'month',
					y: 'medianDays',
					r: 5,
					fill: (m: ReviewTimeMonth) => (m.stage === 'supervisor' ? 'currentColor' : 'none'),
					stroke: 'currentColor',
					strokeWidth: 2,
					href: (m: ReviewTimeMonth) => markHref(`/officer/charts/?year=${year}&review=${m.month}:${m.stage}#review-list`),
					ariaLabel: (m: ReviewTimeMonth) => `${stageLabel(m.stage)}, ${m.month}: median ${m.medianDays} days over ${m.disclosures} disclosures; open them`,
				}),
				Plot.text(months, { x: 'month', y: 'medianDays', text: (m: ReviewTimeMonth) => `${m.medianDays}${m.stage === 'supervisor' ? ' S' : ' E'}`, dy: -10 }),
				Plot.text([`S = ${stageLabel('supervisor')} (solid line, filled dots); E = ${stageLabel('determination')} (dashed line, open dots)`], { frameAnchor: 'top-left', dy: -18 }),
			],
		},
	);
}

/** Gifts per source in a year, most first (the top ten), each bar opening that source's gift notices. */
export function giftsChart(year: number, sources: readonly GiftSourceYear[]): string {
	const top = sources.slice(0, 10);
	return renderChart(
		{
			id: 'chart-gifts',
			title: `Gifts by source in ${year}`,
			description: top.length === 0 ? `No gifts recorded in ${year}.` : `${top.map((s) => `${s.source}: ${s.gifts} gifts, ${s.needNotice} needing a notice`).join('; ')}. Each bar links to that source's gift notices; the table beside has each month.`,
		},
		{
			height: 40 + 26 * Math.max(top.length, 1),
			marginLeft: 180,
			marginRight: 160,
			x: { label: 'Gifts', grid: true, tickFormat: wholeNumbers, domain: [0, Math.max(1, ...top.map((s) => s.gifts))] },
			y: { label: null, domain: top.map((s) => s.source) },
			marks: [
				Plot.barX(top, {
					x: 'gifts',
					y: 'source',
					href: (s: GiftSourceYear) => markHref(dashboardHref(null, { source: s.source, anchor: 'gifts' })),
					ariaLabel: (s: GiftSourceYear) => `${s.source}: ${s.gifts} gifts, ${s.needNotice} needing a notice; open its gift notices`,
				}),
				Plot.text(top, { x: 'gifts', y: 'source', text: (s: GiftSourceYear) => `${s.gifts}${s.needNotice ? ` (${s.needNotice} need a notice)` : ''}`, textAnchor: 'start', dx: 4 }),
			],
		},
	);
}
