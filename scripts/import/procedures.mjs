#!/usr/bin/env node
/**
 * First-pass importer for the procedures collection: splits seeds 001 (Procedures 331, Significant
 * Event Reporting) and 002 (Procedures 331, Unusual Incidents, 2001) into one MDX page per section and
 * applies the mechanical clean-ups (page headers/footers, escaped dollars, Word bullets, MDX escapes).
 *
 * It ran once; the pages were then repaired by hand (tables, list numbering, merged cells), so the
 * committed MDX under content/procedures/ is the source of truth. The script never overwrites an
 * existing page unless run with --force, which would throw those repairs away.
 *
 * Usage: node scripts/import/procedures.mjs [--force]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seeds = join(root, '..', 'shared', 'seeds');
const outDir = join(root, 'content', 'procedures');
const force = process.argv.includes('--force');

const seed = (prefix) => readFileSync(join(seeds, readdirSync(seeds).find((f) => f.startsWith(prefix))), 'utf8');

/** Escapes what MDX would read as JSX or expressions, keeping the <u> underlines the source uses. */
function escapeMdx(line) {
	return line
		.replace(/\\\$/g, '$')
		.replace(/[{}]/g, (c) => `\\${c}`)
		.replace(/<(?!\/?u>)/g, '&lt;')
		.replace(/(?<!<\/?u)>/g, '&gt;');
}

/** Word's symbol-font bullets ("•", "o", "") become Markdown list markers or stay for hand review. */
function normalizeBullets(line) {
	return line
		.replace(/^(\s*)- o /, '$1- ')
		.replace(/^(\s*)o (?=[A-Za-z])/, '$1- ')
		.replace(/^ - /, '  - ')
		.replace(/^\s*· /, '  - ')
		.replace(/^- · /, '- ');
}

/** Literal asterisks (footnote marks) must not turn into emphasis or list markers. */
function escapeStars(line) {
	return line.replace(/^\* /, '\\* ').replace(/(\w)\*(?=[\s):]|$)/g, '$1\\*').replace(/^\*(?=\w)/, '\\*');
}

function frontmatter(fields) {
	const lines = ['---'];
	for (const [key, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		if (Array.isArray(value)) {
			if (value.length === 0) continue;
			lines.push(`${key}:`);
			for (const v of value) lines.push(`  - ${JSON.stringify(v)}`);
		} else if (typeof value === 'number') lines.push(`${key}: ${value}`);
		else lines.push(`${key}: ${JSON.stringify(value)}`);
	}
	lines.push('---', '');
	return lines.join('\n');
}

/** Turns a block of source lines into Markdown: headings for a) subsections, paragraphs for long items. */
function convertBody(lines) {
	const out = [];
	let lastHeading = 1;
	for (let raw of lines) {
		let line = escapeStars(escapeMdx(normalizeBullets(raw.replace(/\s+$/, ''))));
		const lettered = /^([a-z])\) (.+)$/.exec(line);
		const numbered = /^(\d+)\) (.+)$/.exec(line);
		if (lettered && lettered[2].length < 200 && !/[.:;]$/.test(lettered[2])) {
			line = `## ${lettered[1]}) ${lettered[2]}`;
			lastHeading = 2;
		} else if (numbered && numbered[2].length < 160 && !/[.:;]$/.test(numbered[2])) {
			line = `### ${numbered[1]}) ${numbered[2]}`;
			lastHeading = 3;
		} else if (numbered) {
			line = `${numbered[1]}\\) ${numbered[2]}`;
		} else if (/^- (\d+)\) /.test(line)) {
			line = line.replace(/^- (\d+)\) /, '$1\\) ');
		} else if (/^• /.test(line) && !/[;.]$/.test(line) && line.length < 200) {
			line = `${'#'.repeat(Math.min(lastHeading + 1, 4))} ${line.slice(2)}`;
		} else if (/^• /.test(line)) {
			line = `- ${line.slice(2)}`;
		}
		out.push(line);
	}
	return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function write(relPath, fields, body) {
	const file = join(outDir, relPath);
	if (existsSync(file) && !force) {
		console.log(`skip ${relPath} (exists)`);
		return;
	}
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, frontmatter(fields) + '\n' + body);
	console.log(`wrote ${relPath}`);
}

// ---------- seed 001: Procedures 331, Significant Event Reporting ----------
const P331 = [
	['331.10', '331-10-purpose-and-overview', 'A'],
	['331.20', '331-20-relationship-to-safety-permanency-well-being', 'A'],
	['331.30', '331-30-definitions', 'A'],
	['331.40', '331-40-report-categories', 'A'],
	['331.50', '331-50-deaths-abuse-neglect-human-trafficking', 'B'],
	['331.60', '331-60-missing-or-abducted', 'B'],
	['331.70', '331-70-child-and-youth-incidents', 'B'],
	['331.80', '331-80-intact-family-cases', 'B'],
	['331.90', '331-90-repealed', 'B'],
	['331.100', '331-100-persons-required-to-report-child-events', 'B'],
	['331.110', '331-110-how-to-report-child-events', 'B'],
	['331.120', '331-120-child-critical-event-notifications', 'B'],
	['331.130', '331-130-child-report-distribution', 'B'],
	['331.140', '331-140-personnel-caregiver-facility-events', 'C'],
	['331.150', '331-150-persons-required-to-report-personnel-events', 'C'],
	['331.160', '331-160-how-to-report-personnel-events', 'C'],
	['331.170', '331-170-personnel-critical-event-notifications', 'C'],
	['331.180', '331-180-personnel-report-distribution', 'C'],
	['331.190', '331-190-child-interventions-and-dispositions', 'D'],
	['331.200', '331-200-personnel-interventions-and-dispositions', 'D'],
	['331.210', '331-210-final-disposition', 'D'],
	['331.220', '331-220-final-review-responsibility', 'D'],
];
const SUBPARTS = {
	A: 'Subpart A — General Information',
	B: 'Subpart B — Significant Events Involving Children and Youth',
	C: 'Subpart C — Personnel, Caregiver and Facility Related Incidents',
	D: 'Subpart D — Interventions and Dispositions of Significant Events',
};

function import001() {
	const text = seed('001_');
	const lines = text.split('\n');
	// The body starts at the second "Subpart A" (the first is the table of contents).
	const bodyStart = lines.findIndex((l, i) => i > 10 && l.startsWith('Subpart A'));
	const appendixStart = lines.findIndex((l) => l.startsWith('Appendix A - Significant Events Report'));
	const body = lines.slice(bodyStart, appendixStart);
	const drop = (l) => /This page intentionally left blank|^Subpart [A-D] –/.test(l);
	const starts = body.map((l, i) => (/^Section 331\.\d+ /.test(l) ? i : -1)).filter((i) => i >= 0);
	starts.forEach((start, k) => {
		const [number, slug, subpart] = P331[k];
		const heading = body[start];
		if (!heading.startsWith(`Section ${number} `)) throw new Error(`expected ${number}, got ${heading}`);
		const title = heading.slice(`Section ${number} `.length).trim();
		const chunk = body.slice(start + 1, starts[k + 1] ?? body.length).filter((l) => !drop(l));
		write(
			`331/${slug}.mdx`,
			{
				title,
				section: number,
				part: SUBPARTS[subpart],
				order: Number(number.split('.')[1]),
				source: 'procedures-331',
				effective: 'April 12, 2019',
				pt: 'P.T. 2019.07',
				status: 'current',
				summary: 'TODO',
			},
			convertBody(chunk),
		);
	});
	// Appendices: raw first pass only; their tables are rebuilt by hand.
	const appendix = lines.slice(appendixStart);
	const aStarts = appendix.map((l, i) => (/^Appendix [A-G] [-–]/.test(l) ? i : -1)).filter((i) => i >= 0);
	aStarts.forEach((start, k) => {
		const letter = appendix[start][9];
		const chunk = appendix.slice(start + 1, aStarts[k + 1] ?? appendix.length).filter((l) => !drop(l));
		write(
			`331/appendix-${letter.toLowerCase()}.mdx`,
			{
				title: appendix[start].replace(/^Appendix [A-G] [-–] /, ''),
				section: `331 Appendix ${letter}`,
				part: 'Appendices',
				order: 300 + letter.charCodeAt(0) - 64,
				source: 'procedures-331',
				effective: 'April 12, 2019',
				pt: 'P.T. 2019.07',
				status: 'current',
				summary: 'TODO',
			},
			convertBody(chunk.map((l) => l.replace(/\t/g, ' | '))),
		);
	});
}

// ---------- seed 002: Procedures 331, Unusual Incidents (October 1, 2001) ----------
function import002() {
	const text = seed('002_');
	let lines = text.split('\n');
	// Repeated page header: "UNUSUAL INCIDENTS" then the date/P.T. line, or both on one line.
	const cleaned = [];
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i].trim();
		if (/^UNUSUAL INCIDENTS\s+(October|February) /.test(l)) continue;
		if (l === 'UNUSUAL INCIDENTS') {
			let j = i + 1;
			while (j < lines.length && lines[j].trim() === '') j++;
			if (/^(October 1, 2001|February 3, 2003)/.test(lines[j].trim())) {
				i = j;
				continue;
			}
		}
		if (/This page (is )?intentionally left blank/.test(l)) continue;
		cleaned.push(lines[i].replace(/\[([^\]]+)\]\(#\)/g, '$1').replace(/^==/, ''));
	}
	lines = cleaned;
	const bodyStart = lines.findIndex((l) => l.startsWith('Section 331.10 Purpose'));
	const sections = lines.map((l, i) => (i >= bodyStart && /^(Section 331\.\d+ |APPENDIX [A-D]|ILLINOIS DEPARTMENT|DEPARTMENT OF CHILDREN)/.test(l) ? i : -1)).filter((i) => i >= 0);
	sections.forEach((start, k) => {
		const chunk = lines.slice(start, sections[k + 1] ?? lines.length);
		const name = chunk[0].trim();
		const m = /^Section (331\.\d+) (.+)$/.exec(name);
		// Chunks after the numbered sections, in document order: Appendices A–D, then the three filed policy guides.
		const TAIL = ['appendix-a', 'appendix-b', 'appendix-c', 'appendix-d', 'policy-guide-2015-12', 'policy-guide-2014-17', 'policy-guide-2003-09'];
		const slug = m ? `331-${m[1].split('.')[1]}-${m[2].toLowerCase().replace(/[^a-z]+/g, '-').replace(/-$/, '')}` : TAIL[k - 9];
		write(
			`331-2001/${slug}.mdx`,
			{
				title: m ? m[2] : name,
				section: m ? `${m[1]} (2001)` : undefined,
				part: 'Unusual Incidents (2001)',
				order: m ? Number(m[1].split('.')[1]) : 200 + k,
				source: 'procedures-331-2001',
				effective: 'October 1, 2001',
				pt: 'P.T. 2001.30',
				status: 'superseded',
				supersededBy: '/procedures/331/',
				summary: 'TODO',
			},
			convertBody(chunk.slice(1)),
		);
	});
}

import001();
import002();
