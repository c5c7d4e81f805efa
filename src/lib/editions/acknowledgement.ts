import { compareEditions, versionIn, versionLabel } from './compare';
import type { EditionsData, PageHistory, PageVersion } from './store';

/**
 * Acknowledging policy sections (issue 11 §4): which sections a campaign covers in its edition,
 * which of them a later edition changed (a re-acknowledgement round asks for those only), and what
 * each signer is shown for each: the redline from the text they signed, or the whole text. Pure.
 */

/** What a campaign asks people to acknowledge: its edition and its covered collections and pages. */
export interface CoveringCampaign {
	editionId: string | null;
	covers: readonly string[] | null;
}

/** A section as a campaign covers it: the page and its text in the campaign's edition. */
export interface CoveredSection {
	page: PageHistory;
	version: PageVersion;
	label: string;
}

/** A section the signer acknowledged before: the edition and hash of the text they signed. */
export interface EarlierAcknowledgement {
	editionId: string;
	textSha256: string;
	signedAtMs: number;
}

/** One section on the attestation page, and the row its signature records. */
export interface SectionToSign extends CoveredSection {
	/** What the signer acknowledged of this page before, if anything. */
	previous: EarlierAcknowledgement | null;
	/** redline: from the text they signed; unchanged: they signed this very text; whole: never signed. */
	show: 'redline' | 'unchanged' | 'whole';
}

/** Is the page covered by a list of collection names and page keys? */
const isCovered = (covers: readonly string[], page: PageHistory) => covers.includes(page.collection) || covers.includes(page.key);

const COLLECTION_ORDER = ['handbook', 'ethics', 'procedures'];
/** Handbook order: by collection, then by section number (2.3 before 2.10), then by title. */
function inHandbookOrder(a: CoveredSection, b: CoveredSection): number {
	return (
		COLLECTION_ORDER.indexOf(a.page.collection) - COLLECTION_ORDER.indexOf(b.page.collection) ||
		(a.version.section ?? '').localeCompare(b.version.section ?? '', 'en', { numeric: true }) ||
		a.label.localeCompare(b.label)
	);
}

/** The sections a campaign covers, as its edition has them, in handbook order. */
export function coveredSections(data: Pick<EditionsData, 'pages'>, campaign: CoveringCampaign): CoveredSection[] {
	const { editionId, covers } = campaign;
	if (!editionId || !covers?.length) return [];
	const out: CoveredSection[] = [];
	for (const page of data.pages) {
		const version = isCovered(covers, page) ? versionIn(page, editionId) : undefined;
		if (version) out.push({ page, version, label: versionLabel(version) });
	}
	return out.sort(inHandbookOrder);
}

/** What a later edition did to the sections a campaign covers. */
export interface CoveredChanges {
	/** Changed or added in a covered collection: what a re-acknowledgement round covers. */
	toAcknowledge: CoveredSection[];
	/** Gone from the later edition: nothing to acknowledge, listed so the officer knows. */
	removed: CoveredSection[];
}

/**
 * The covered sections that edition `toId` changed or added since the campaign's edition. A page
 * added to a covered collection counts (the campaign covers the collection); a covered page that is
 * gone is listed apart.
 */
export function changesSinceCampaign(data: Pick<EditionsData, 'pages'>, campaign: CoveringCampaign, toId: string): CoveredChanges {
	const { editionId, covers } = campaign;
	if (!editionId || !covers?.length || editionId === toId) return { toAcknowledge: [], removed: [] };
	const toAcknowledge: CoveredSection[] = [];
	const removed: CoveredSection[] = [];
	for (const group of compareEditions(data, editionId, toId)) {
		for (const c of [...group.changed, ...group.added]) {
			if (isCovered(covers, c.page)) toAcknowledge.push({ page: c.page, version: c.to!, label: versionLabel(c.to!) });
		}
		for (const c of group.removed) {
			if (isCovered(covers, c.page)) removed.push({ page: c.page, version: c.from!, label: versionLabel(c.from!) });
		}
	}
	return { toAcknowledge: toAcknowledge.sort(inHandbookOrder), removed: removed.sort(inHandbookOrder) };
}

/** The page keys a round for these changes covers. */
export const roundCovers = (changes: CoveredChanges): string[] => changes.toAcknowledge.map((s) => s.page.key);

/**
 * What one signer is shown for each covered section, given the latest text they acknowledged of
 * each page (by page key): a redline from that text, a note that it is the text they signed, or the
 * whole text when they never acknowledged the page.
 */
export function sectionsToSign(
	data: Pick<EditionsData, 'pages'>,
	campaign: CoveringCampaign,
	earlier: ReadonlyMap<string, EarlierAcknowledgement>,
): SectionToSign[] {
	return coveredSections(data, campaign).map((section) => {
		const previous = earlier.get(section.page.key) ?? null;
		const show = !previous ? 'whole' : previous.textSha256 === section.version.hash ? 'unchanged' : 'redline';
		return { ...section, previous, show };
	});
}

/** The version of a page with a given hash (the text a signer acknowledged before). */
export function versionWithHash(page: PageHistory, hash: string): PageVersion | undefined {
	return page.versions.find((v) => v.hash === hash);
}
