import { diffWordsWithSpace } from 'diff';

/**
 * A word-level redline between two texts of a page: the segments to show, with long unchanged runs
 * folded to their first and last few words. Pure; the page renders `ins` and `del` with text labels.
 */

export type RedlineSegment =
	| { kind: 'same' | 'ins' | 'del'; text: string }
	| { kind: 'fold'; words: number };

/** Unchanged runs longer than this many words are folded… */
export const FOLD_AFTER_WORDS = 80;
/** …keeping this many words of context on each side. */
export const CONTEXT_WORDS = 25;

/** The words and the whitespace between them, so a fold cuts between words. */
function tokens(text: string): string[] {
	return text.match(/\s+|\S+/g) ?? [];
}
const wordCount = (parts: string[]) => parts.filter((p) => /\S/.test(p)).length;

/** The text a redline shows for a page: its heading and body, without the frontmatter's other fields. */
export function redlineText(text: string, heading: { title: string; section?: string | undefined }): string {
	const body = text.replace(/^---\n[\s\S]*?\n---\n?/, '').trim();
	return `${heading.section ? `${heading.section} ` : ''}${heading.title}\n\n${body}\n`;
}

export function redline(before: string, after: string): RedlineSegment[] {
	const changes = diffWordsWithSpace(before, after);
	const out: RedlineSegment[] = [];
	changes.forEach((c, index) => {
		if (c.added) out.push({ kind: 'ins', text: c.value });
		else if (c.removed) out.push({ kind: 'del', text: c.value });
		else {
			const parts = tokens(c.value);
			const words = wordCount(parts);
			const first = index === 0;
			const last = index === changes.length - 1;
			const limit = first || last ? CONTEXT_WORDS : FOLD_AFTER_WORDS;
			if (words <= limit) {
				out.push({ kind: 'same', text: c.value });
				return;
			}
			// Keep context next to each change; a run at the start or end keeps only the side that touches a change.
			const keepHead = first ? 0 : CONTEXT_WORDS;
			const keepTail = last ? 0 : CONTEXT_WORDS;
			const headEnd = indexAfterWords(parts, keepHead);
			const tailStart = indexBeforeWords(parts, keepTail);
			if (headEnd > 0) out.push({ kind: 'same', text: parts.slice(0, headEnd).join('') });
			out.push({ kind: 'fold', words: wordCount(parts.slice(headEnd, tailStart)) });
			if (tailStart < parts.length) out.push({ kind: 'same', text: parts.slice(tailStart).join('') });
		}
	});
	return out;
}

/** Index just past the n-th word (0 → 0). */
function indexAfterWords(parts: string[], n: number): number {
	if (n === 0) return 0;
	let seen = 0;
	for (let i = 0; i < parts.length; i += 1) if (/\S/.test(parts[i]!) && (seen += 1) === n) return i + 1;
	return parts.length;
}
/** Index of the n-th word from the end (0 → length). */
function indexBeforeWords(parts: string[], n: number): number {
	if (n === 0) return parts.length;
	let seen = 0;
	for (let i = parts.length - 1; i >= 0; i -= 1) if (/\S/.test(parts[i]!) && (seen += 1) === n) return i;
	return 0;
}

/** Counts for a summary line: words inserted and deleted. */
export function redlineCounts(segments: readonly RedlineSegment[]): { inserted: number; deleted: number } {
	let inserted = 0;
	let deleted = 0;
	for (const s of segments) {
		if (s.kind === 'ins') inserted += wordCount(tokens(s.text));
		if (s.kind === 'del') deleted += wordCount(tokens(s.text));
	}
	return { inserted, deleted };
}
