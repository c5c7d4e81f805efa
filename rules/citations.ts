/**
 * The one table from a cited section to its page on the site. Rules cite by section key; this file
 * turns the key into a link, and tests/site/citations.test.ts checks that every path here is a built page.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: keep it free of node:, astro: and db/ imports.
 */

/** Handbook sections, one page each (content/handbook/<file>.mdx). */
const HANDBOOK_PATHS = {
	'1.1': '/handbook/1-1-dcfs-mission-statement/',
	'1.2': '/handbook/1-2-a-history-of-child-welfare-in-illinois/',
	'1.3': '/handbook/1-3-delivery-of-services/',
	'1.4': '/handbook/1-4-mandated-reporters/',
	'1.5': '/handbook/1-5-the-role-of-juvenile-court/',
	'1.6': '/handbook/1-6-geographic-administrative-lans-boundaries/',
	'2.1': '/handbook/2-1-daily-time/',
	'2.2': '/handbook/2-2-work-schedules/',
	'2.3': '/handbook/2-3-vacation/',
	'2.4': '/handbook/2-4-sick-time/',
	'2.5': '/handbook/2-5-personal-business-time/',
	'2.6': '/handbook/2-6-overtime/',
	'2.7': '/handbook/2-7-holidays/',
	'2.8': '/handbook/2-8-inclement-weather/',
	'3.1': '/handbook/3-1-professional-conduct/',
	'3.2': '/handbook/3-2-dcfs-rules-and-procedures/',
	'3.3': '/handbook/3-3-court-attendance-policy/',
	'3.4': '/handbook/3-4-daily-attendance/',
	'3.5': '/handbook/3-5-weapons/',
	'3.6': '/handbook/3-6-violence-in-the-workplace/',
	'3.7': '/handbook/3-7-use-of-intoxicants-or-narcotics/',
	'3.8': '/handbook/3-8-prohibited-political-activities/',
	'3.9': '/handbook/3-9-conflict-of-interest/',
	'3.10': '/handbook/3-10-code-of-ethics/',
	'3.11': '/handbook/3-11-illinois-governmental-ethics-act/',
	'3.12': '/handbook/3-12-board-of-ethics/',
	'3.13': '/handbook/3-13-sexual-harassment/',
	'3.14': '/handbook/3-14-confidentiality/',
	'3.15': '/handbook/3-15-nepotism-policy/',
	'3.16': '/handbook/3-16-falsification-of-records/',
	'3.17': '/handbook/3-17-appropriate-attire/',
	'3.18': '/handbook/3-18-use-of-state-telephones/',
	'3.19': '/handbook/3-19-use-of-state-electronic-system-equipment/',
	'3.20': '/handbook/3-20-smoking-policy/',
	'3.21': '/handbook/3-21-photo-identification-cards/',
	'3.22': '/handbook/3-22-licensure/',
	'4.1': '/handbook/4-1-leaves-of-absence/',
	'4.2': '/handbook/4-2-tuition-reimbursement/',
	'4.3': '/handbook/4-3-prohibition-against-discrimination/',
	'4.4': '/handbook/4-4-americans-with-disabilities-act-ada/',
	'4.5': '/handbook/4-5-employee-assistance-programs/',
	'4.6': '/handbook/4-6-workers-compensation/',
	'4.7': '/handbook/4-7-payroll-periods-pay-dates/',
	'4.8': '/handbook/4-8-payroll-deductions/',
	'4.9': '/handbook/4-9-sick-leave-bank/',
	'4.10': '/handbook/4-10-employee-health-dental-life-insurance/',
	'4.11': '/handbook/4-11-deferred-compensation/',
	'4.12': '/handbook/4-12-state-employees-retirement-system/',
	'4.13': '/handbook/4-13-family-and-medical-leave-act/',
	'5.1': '/handbook/5-1-collective-bargaining-agreements/',
	'5.2': '/handbook/5-2-personnel-files/',
	'5.3': '/handbook/5-3-job-descriptions/',
	'5.4': '/handbook/5-4-employee-evaluations/',
	'5.5': '/handbook/5-5-safety-rules/',
	'5.6': '/handbook/5-6-traffic-and-parking-regulations/',
	'5.7': '/handbook/5-7-unusual-incident-report/',
	'5.8': '/handbook/5-8-definitions-terms-abbreviations/',
} as const;

/** Procedures 331 (Significant Event Reporting), one page per section (content/procedures/331/). */
const PROCEDURES_331_PATHS = {
	'331.10': '/procedures/331/331-10-purpose-and-overview/',
	'331.20': '/procedures/331/331-20-relationship-to-safety-permanency-well-being/',
	'331.30': '/procedures/331/331-30-definitions/',
	'331.40': '/procedures/331/331-40-report-categories/',
	'331.50': '/procedures/331/331-50-deaths-abuse-neglect-human-trafficking/',
	'331.60': '/procedures/331/331-60-missing-or-abducted/',
	'331.70': '/procedures/331/331-70-child-and-youth-incidents/',
	'331.80': '/procedures/331/331-80-intact-family-cases/',
	'331.90': '/procedures/331/331-90-repealed/',
	'331.100': '/procedures/331/331-100-persons-required-to-report-child-events/',
	'331.110': '/procedures/331/331-110-how-to-report-child-events/',
	'331.120': '/procedures/331/331-120-child-critical-event-notifications/',
	'331.130': '/procedures/331/331-130-child-report-distribution/',
	'331.140': '/procedures/331/331-140-personnel-caregiver-facility-events/',
	'331.150': '/procedures/331/331-150-persons-required-to-report-personnel-events/',
	'331.160': '/procedures/331/331-160-how-to-report-personnel-events/',
	'331.170': '/procedures/331/331-170-personnel-critical-event-notifications/',
	'331.180': '/procedures/331/331-180-personnel-report-distribution/',
	'331.190': '/procedures/331/331-190-child-interventions-and-dispositions/',
	'331.200': '/procedures/331/331-200-personnel-interventions-and-dispositions/',
	'331.210': '/procedures/331/331-210-final-disposition/',
	'331.220': '/procedures/331/331-220-final-review-responsibility/',
	'331 Appendix A': '/procedures/331/appendix-a/',
	'331 Appendix B': '/procedures/331/appendix-b/',
	'331 Appendix C': '/procedures/331/appendix-c/',
	'331 Appendix D': '/procedures/331/appendix-d/',
	'331 Appendix E': '/procedures/331/appendix-e/',
	'331 Appendix F': '/procedures/331/appendix-f/',
	'331 Appendix G': '/procedures/331/appendix-g/',
	// The 2001 Unusual Incidents procedure (historical; content/procedures/331-2001/).
	'331 (2001) 331.30': '/procedures/331-2001/331-30-reporting-requirements/',
	'331 (2001) Appendix A': '/procedures/331-2001/appendix-a/',
} as const;

/** Long statutes and rules: one page each, an anchor per section (`#section-437-40`, `#section-10-15`). */
const STATUTE_PAGES = [
	{ prefix: 'Rule 437.', path: '/ethics/rule-437/', anchor: 'section-437-' },
	{ prefix: 'Ethics Act ', path: '/ethics/ethics-act/', anchor: 'section-' },
] as const;

type HandbookKey = keyof typeof HANDBOOK_PATHS;
type ProceduresKey = keyof typeof PROCEDURES_331_PATHS;
/** A citable section: a handbook or Procedures 331 key, "Rule 437.40", or "Ethics Act 10-15". */
export type SectionKey = HandbookKey | ProceduresKey | `Rule 437.${string}` | `Ethics Act ${string}`;

const FIXED_PATHS: Record<string, string> = { ...HANDBOOK_PATHS, ...PROCEDURES_331_PATHS };

/** Every fixed page path, for the site test that proves each one is built. */
export const CITED_PAGE_PATHS: readonly string[] = [
	...Object.values(FIXED_PATHS),
	...STATUTE_PAGES.map((s) => s.path),
];

/**
 * The site path for a section key; throws for a key that has no page, so a typo never ships a dead link.
 * @example citationHref('2.3') //=> '/handbook/2-3-vacation/'
 * @example citationHref('Rule 437.40(i)') //=> '/ethics/rule-437/#section-437-40'
 */
export function citationHref(section: SectionKey): string {
	const fixed = FIXED_PATHS[section];
	if (fixed) return fixed;
	for (const page of STATUTE_PAGES) {
		if (!section.startsWith(page.prefix)) continue;
		// "Rule 437.40(i)" → "40"; "Ethics Act 10-15(8)" → "10-15": the anchor is the whole section.
		const number = /^[\d.-]+/.exec(section.slice(page.prefix.length))?.[0]?.replace(/\./g, '-');
		if (number) return `${page.path}#${page.anchor}${number}`;
	}
	throw new Error(`No page is known for the section "${section}"; add it to rules/citations.ts`);
}
