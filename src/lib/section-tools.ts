/**
 * Which calculators each content section embeds: section key (the frontmatter `section`) → calculator
 * slugs, in display order. The section page template renders <Calculator name=…/> for each.
 */
export const SECTION_TOOLS: Readonly<Record<string, readonly string[]>> = {
	'2.1': ['time-use'],
	'2.3': ['vacation', 'vacation-lump-sum'],
	'2.4': ['sick', 'sick-use', 'sick-payout'],
	'2.5': ['personal', 'personal-payout'],
	'2.6': ['comp-time'],
	'2.2': ['workdays'],
	'2.7': ['holidays', 'holiday-pay', 'holidays-in-vacation'],
	'3.3': ['court-discipline'],
	'3.4': ['attendance-discipline'],
	'3.9': ['gifts'],
	'3.11': ['economic-interests'],
	'3.12': ['training'],
	'4.9': ['sick-leave-bank'],
	'Ethics Act': ['gifts'],
	// Procedures 331: reports due "within 24 hours, excluding weekends and holidays".
	'331.110': ['hours-deadline'],
	'331.160': ['hours-deadline'],
};

/** The calculators embedded in a section ([] for a section without one). */
export function sectionTools(section: string | undefined): readonly string[] {
	return section === undefined ? [] : (SECTION_TOOLS[section] ?? []);
}
