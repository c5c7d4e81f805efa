// First-pass importer for Employee Handbook Chapter 3 (seed 003, lines 1663–8220) and its attachments.
// It cuts the seed into pages by line range, turns page headers and "(cont'd)" splits into page-break
// markers (rejoining split sentences, lists and tables), escapes MDX and marks headings.
// It has been run once: the committed MDX was then hand-edited (signature blocks, Procedures 431
// Appendix B tables, CFS 600-3 instructions, list nesting, related/forms frontmatter), so the MDX is the
// source of truth and re-running this script would overwrite those edits. Keep it as the record of the
// first pass and of where each page starts in the seed.
// Usage: node scripts/import/handbook-3.mjs [--only <path-substring>]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SEED = new URL('../../../shared/seeds/003_e944879d7f66002b.txt', import.meta.url);
const ROOT = new URL('../../', import.meta.url).pathname;
const seedLines = readFileSync(SEED, 'utf8').split('\n');

/** Lines start..end of the seed, 1-based and inclusive, as the seed numbers them. */
function seedSlice(start, end) {
	return seedLines.slice(start - 1, end);
}

const NUMBERED = /^(\d+)([.)])\s/;

/** Escape what MDX or Markdown would read as syntax in a line of prose. */
function escapeProse(line, prevNumbered, nextNumbered) {
	let s = line.replace(/\\\$/g, '$');
	s = s.replace(/<(https?:\/\/[^>\s]+)>/g, '[$1]($1)');
	s = s.replace(/<i>(.*?)<\/i>/g, (_, t) => (t.trim() ? `*${t.trim()}*` : ''));
	s = s.replace(/[{}]/g, (c) => `\\${c}`);
	s = s.replace(/<(?!\/?(?:h[1-6]|br)\b)/g, '\\<');
	s = s.replace(/_{2,}/g, (m) => '\\_'.repeat(m.length));
	s = s.replace(/^(>|#|\+ |\* )/, '\\$1');
	// "1) 50 Years" alone would become an <ol> and lose its printed marker; runs of items stay lists.
	if (NUMBERED.test(s) && !prevNumbered && !nextNumbered) s = s.replace(NUMBERED, '$1\\$2 ');
	s = s.replace(/^(\s*- )(\d+)([.)])\s/, '$1$2\\$3 ');
	return s;
}

/** Slug for an anchor: "437.40" → "437-40". */
export function anchorNumber(n) {
	return n.replace(/[.]/g, '-').replace(/[^0-9a-z-]/gi, '').toLowerCase();
}

function headingLine(h) {
	const text = h.text.replace(/\*\*/g, '').trim();
	if (h.id) return `<h${h.level} id="${h.id}">${text.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</h${h.level}>`;
	return `${'#'.repeat(h.level)} ${escapeProse(text, true, true)}`;
}

function isHeaderNoise(line, page) {
	const t = line.trim();
	if (/(\(cont['’]d\)|, cont['’]d)\**\s*$/i.test(t) && t.length < 140) return true;
	return (page.drop ?? []).some((re) => re.test(t));
}

/** Merge a paragraph that a page break split mid-sentence ("…suspension days" / "served as …").
 * A blank line joins only when the next line starts in lower case; a page-break marker (a removed page
 * header) also joins when the line before it has no closing punctuation. */
const PAGE_BREAK = '\u2042PB';
function mergeSplits(lines) {
	const out = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if ((line.trim() === '' || line === PAGE_BREAK) && out.length) {
			let j = i;
			let pageBreak = false;
			while (j < lines.length && (lines[j].trim() === '' || lines[j] === PAGE_BREAK)) {
				if (lines[j] === PAGE_BREAK) pageBreak = true;
				j++;
			}
			let k = out.length - 1;
			while (k > 0 && out[k].trim() === '') k--;
			const prev = out[k];
			const next = (lines[j] ?? '').trim();
			const headingLike = prev.length < 160 && /^\**(\(?[a-zA-Z0-9]{1,4}[.)]\s|Section \d)/.test(prev);
			const prevOpen = prev.length > 40 && !prev.startsWith('|') && !/^#|^<h/.test(prev) && !headingLike;
			const lowerJoin = /[a-z,]$/.test(prev.trim()) && /^[a-z]/.test(next) && !/^[a-z]{1,4}\)\s/.test(next);
			const breakJoin =
				pageBreak && !/[.:;?!"”)*]$/.test(prev.trim()) && next !== '' && !/^(- |\||Section |\(?[a-zA-Z0-9]{1,4}[.)]\s|\*\*)/.test(next);
			if (pageBreak && /^- /.test(prev) && /^- /.test(next)) {
				// A list that a page break split stays one list.
				i = j - 1;
				continue;
			}
			if (prevOpen && (lowerJoin || breakJoin)) {
				out.length = k;
				out.push(`${prev.trimEnd()} ${next}`);
				i = j;
				continue;
			}
			if (line === PAGE_BREAK) {
				out.push('');
				continue;
			}
		}
		if (line === PAGE_BREAK) {
			out.push('');
			continue;
		}
		out.push(line);
	}
	return out;
}

/** A table that a page break split continues under an empty header row: join it to the table above;
 * an allegation table whose header row is empty gets the header its columns hold. */
function mergeTables(body) {
	let t = body.replace(/(\|[^\n]*\|)\n\n(?:\|(?: *\|)+)\n\|(?:-+\|)+\n(?=\|)/g, (m, last) => `${last}\n`);
	t = t.replace(/\|(?: *\|){2}\n(\|-+\|-+\|)\n(?=\| #)/g, '| Allegation | Description |\n$1\n');
	return t;
}

/** Short lines printed one under another (addresses, signatures, title pages) keep their line breaks. */
function hardBreaks(body) {
	const plain = (l) => l.trim() !== '' && !/^(\s*- |\s*\d+\. |\||<|#|\(Source: )/.test(l);
	const lines = body.split('\n');
	for (let i = 0; i + 1 < lines.length; i++) {
		if (plain(lines[i]) && plain(lines[i + 1]) && lines[i].length < 80 && !lines[i].endsWith('\\')) lines[i] += '\\';
	}
	return lines.join('\n');
}

/** "- 1) …" bullets right after "- h) …" belong to h): indent them (and "- A) …" under them) so the list nests. */
function nestBullets(body) {
	const lines = body.split('\n');
	let depth = 0;
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (/^- [a-z]{1,2}[.)] /.test(l)) depth = 1;
		else if (depth >= 1 && /^- \d+\\?\) /.test(l)) {
			lines[i] = `  ${l}`;
			depth = 2;
		} else if (depth === 2 && /^- [A-Z]\\?\) /.test(l)) lines[i] = `    ${l}`;
		else if (!/^\s*- /.test(l)) depth = 0;
	}
	return lines.join('\n');
}

function convert(page) {
	// A bullet indented by one space in the seed is nested under the bullet above it.
	let raw = seedSlice(page.start, page.end).map((l) =>
		l.replace(/\s+$/, '').replace(/^ +- /, '  - ').replace(/^\s+(?=[^\s-])/, ''),
	);
	if (page.pre) raw = page.pre(raw.join('\n')).split('\n');
	raw = raw.map((l) => (isHeaderNoise(l, page) ? PAGE_BREAK : l));
	raw = mergeSplits(raw);
	const out = [];
	for (let i = 0; i < raw.length; i++) {
		const line = raw[i];
		if (line.startsWith('<h') || line.startsWith('</')) {
			out.push(line);
			continue;
		}
		const h = page.heading?.(line, raw, i);
		if (h) {
			out.push('', headingLine(h), '');
			continue;
		}
		const prevNum = i > 0 && NUMBERED.test(raw[i - 1]);
		const nextNum = i + 1 < raw.length && NUMBERED.test(raw[i + 1]);
		out.push(escapeProse(line, prevNum, nextNum));
	}
	let body = out.join('\n').replace(/\n{3,}/g, '\n\n');
	// Statutes print "(1) …" subsections as paragraphs; the converter made some of them bullets.
	if (page.unbullet) body = body.replace(/^\s*- (\([0-9A-Za-z]{1,4}\) )/gm, '\n$1');
	body = mergeTables(nestBullets(hardBreaks(body))).replace(/([^\n])\n(\(Source: )/g, '$1\n\n$2');
	if (page.post) body = page.post(body);
	body = body.replace(/\n{3,}/g, '\n\n').trim();
	return body;
}

function yamlValue(v) {
	if (Array.isArray(v)) return v.length ? `\n${v.map((x) => `  - ${JSON.stringify(x)}`).join('\n')}` : ' []';
	if (typeof v === 'number') return ` ${v}`;
	return ` ${JSON.stringify(v)}`;
}

function frontmatter(fm) {
	const order = ['title', 'section', 'part', 'order', 'source', 'effective', 'pt', 'status', 'summary', 'related', 'forms'];
	const keys = [...order.filter((k) => k in fm), ...Object.keys(fm).filter((k) => !order.includes(k))];
	return `---\n${keys.map((k) => `${k}:${yamlValue(fm[k])}`).join('\n')}\n---\n`;
}

// ——— The page table: where each page starts and ends in the seed, its frontmatter and headings. ———

const CH3 = 'Chapter 3 — Employee Conduct';
const STATUTES = 'Statutes and rules';
const CODES = 'Codes of conduct';

/** Heading rules: each a regex and the heading it makes (a level, or a function returning { level, id?, text }). */
function rules(list) {
	return (line) => {
		for (const [re, make] of list) {
			const m = re.exec(line);
			if (m) return typeof make === 'number' ? { level: make, text: line } : make(m, line);
		}
		return null;
	};
}

/** Headings of rules and procedures whose levels follow the rank of their markers: Section → a) → 1) → A) → i).
 * A marker closes every open heading of its own or a deeper rank, so a) after 3) is a sibling of a), not a child. */
function nested(sectionRe, sectionId, extra = []) {
	const kinds = [
		[1, /^\**([a-z])\)\s+(.{3,160})$/],
		[2, /^\**(\d{1,2})\)\s+(.{3,120})$/],
		[3, /^\**([A-Z])\)\s+(.{3,90})$/],
		[4, /^\**((?:i|ii|iii|iv|v|vi|vii|viii|ix|x))\)\s+(.{3,90})$/],
	];
	let stack = [];
	return (line) => {
		for (const [re, level] of extra) {
			if (re.test(line)) {
				stack = [];
				return { level, text: line };
			}
		}
		const s = sectionRe.exec(line);
		if (s) {
			stack = [];
			return { level: 2, id: sectionId(s), text: line };
		}
		if (/[.;:,]\**$/.test(line)) return null;
		for (const [rank, re] of [...kinds].sort((x, y) => (x[0] === 4 && stack.includes(3) ? -1 : 0) - (y[0] === 4 && stack.includes(3) ? -1 : 0))) {
			if (!re.test(line)) continue;
			stack = stack.filter((r) => r < rank);
			stack.push(rank);
			return { level: Math.min(2 + stack.length, 6), text: line };
		}
		return null;
	};
}

/** Replace each page header (a run of lines) by a page-break marker that mergeSplits resolves. */
function dropHeaders(...patterns) {
	return (text) => patterns.reduce((t, re) => t.replace(re, `\n${PAGE_BREAK}\n`), text);
}

const CONF_HEADER =
	/\n\**CONFIDENTIALITY OF PERSONAL INFORMATION OF PERSONS SERVED(?: BY THE)?\s*\n?(?:BY THE )?DEPARTMENT OF CHILDREN AND FAMILY SERVICES\**\s*\n\s*(?:\n\s*)?\**(?:December 31, 2003 - PT 2003\.28|August 30, 2002 – P\.T\. 2002\.23)\**\n/g;

/** The Illinois Administrative Code title block keeps its line breaks. */
const titleBlock = (t) =>
	t.replace(/^TITLE 89: SOCIAL SERVICES\nCHAPTER III: DEPARTMENT OF CHILDREN AND FAMILY SERVICES\nSUBCHAPTER f: GENERAL ADMINISTRATION\n\nPART (\d+)\n/m, 'TITLE 89: SOCIAL SERVICES\\\nCHAPTER III: DEPARTMENT OF CHILDREN AND FAMILY SERVICES\\\nSUBCHAPTER f: GENERAL ADMINISTRATION\\\nPART $1\n');

/** Frontmatter of a handbook page in this chapter. */
const hb = (section, title, order, extra) => ({ section, title, part: CH3, order, ...extra });

const PAGES = [
	{
		file: 'content/handbook/3-employee-conduct/index.mdx',
		start: 1663,
		end: 1700,
		fm: {
			title: 'Employee Conduct',
			section: 'Chapter 3',
			part: CH3,
			order: 3.0,
			summary: 'Chapter 3 of the Employee Handbook: the conduct rules, ethics laws and policies every DCFS employee must follow.',
		},
		pre: (t) => t.replace(/^Chapter 3\.0\n\nEmployee Conduct\n/, '').replace(/\nChapter 3\.0\n/, '\n'),
		post: (t) =>
			t
				.replace(/\n(3\.\d+ [^\n]+)\n\n(?=3\.)/g, '\n- $1\n')
				.replace(/\n(3\.\d+ [^\n]+)\n\n(?=3\.)/g, '\n- $1\n')
				.replace(/\n(3\.22 Licensure of Direct Child Welfare Services Employees)\nand Supervisors/, '\n- $1 and Supervisors'),
	},
];

PAGES.push(
	{
		file: 'content/handbook/3-1-professional-conduct/index.mdx',
		start: 1702,
		end: 1764,
		fm: hb('3.1', 'DCFS Professional Conduct, State of Illinois Code of Personal Conduct, and Administrative Law Judge Code of Professional Conduct', 3.01, {
			summary: 'The conduct expected of every DCFS employee on and off duty, and the State codes of personal conduct and of conduct for administrative law judges.',
			related: ['3.12', '/ethics/code-of-personal-conduct/', '/ethics/alj-code-of-professional-conduct/'],
		}),
		heading: rules([[/^3\.1 ([ABC])\. (.*)$/, (m) => ({ level: 2, text: `${m[1]}. ${m[2]}` })]]),
	},
	{
		file: 'content/ethics/code-of-personal-conduct.mdx',
		start: 1766,
		end: 1885,
		fm: {
			title: 'State of Illinois Code of Personal Conduct',
			section: 'Attachment 3.1a',
			part: CODES,
			order: 1,
			effective: 'July 1, 2016 (updated 12.15.2017)',
			summary: 'The Governor’s code of personal conduct for all Executive Branch employees: principles of public service and the specific instances of unethical conduct.',
			related: ['3.1', '/ethics/ethics-act/'],
		},
		pre: (t) => t.replace(/^State of Illinois\n\nCode of Personal Conduct\n\nUpdated 12\.15\.2017\n/, 'Updated 12.15.2017\n'),
		heading: rules([
			[/^(Introduction|Authority and Applicability|Principles of Public Service|Specific Instances of Unethical Conduct)$/, 2],
			[/^(Public service is a public trust.*|Public service requires honest.*|Public servants protect.*|Public servants are good citizens\.|Public Service must be an equal.*)$/, 3],
		]),
	},
	{
		file: 'content/ethics/alj-code-of-professional-conduct.mdx',
		unbullet: true,
		start: 1886,
		end: 2343,
		fm: {
			title: 'Administrative Law Judge Code of Professional Conduct',
			section: 'ALJ Code',
			part: CODES,
			order: 2,
			effective: 'April 17, 2017',
			summary: 'The Code of Conduct for Administrative Law Judges in Illinois (Executive Order 2016-06): four canons with their rules and commentary.',
			related: ['3.1'],
		},
		pre: (t) => t.replace(/^ADMINISTRATIVE LAW JUDGE CODE OF PROFESSIONAL CONDUCT\n/, ''),
		heading: (() => {
			let canon = 0;
			return rules([
				[/^(PREAMBLE|EFFECTIVE DATE)$/, (m) => ({ level: 2, id: m[1].toLowerCase().replace(' ', '-'), text: m[1] === 'PREAMBLE' ? 'Preamble' : 'Effective Date' })],
				[/^CANON (\d)$/, (m) => ((canon = Number(m[1])), { level: 2, id: `canon-${m[1]}`, text: `Canon ${m[1]}` })],
				[/^Rule (\d+)\.(\d+):? (.*)$/, (m) => ({ level: 3, id: `rule-${m[1]}-${m[2]}`, text: `Rule ${m[1]}.${m[2]}: ${m[3]}` })],
				[/^Commentary$/, 4],
			]);
		})(),
		post: (t) => t.replace(/(<h2 id="canon-\d">Canon \d<\/h2>\n\n)([A-Z ,\-'’]+\.)\n/g, '$1**$2**\n'),
	},
	{
		file: 'content/handbook/3-2-dcfs-rules-and-procedures/index.mdx',
		start: 2345,
		end: 2379,
		fm: hb('3.2', 'DCFS Rules and Procedures', 3.02, {
			summary: 'Where to find DCFS Rules and Procedures, what each of their four parts is, and how to report ex parte communications about a proposed rule.',
		}),
		drop: [/^3\.2 DCFS Rules and Procedures$/],
	},
	{
		file: 'content/handbook/3-3-court-attendance-policy/index.mdx',
		start: 2380,
		end: 2389,
		fm: hb('3.3', 'Court Attendance Policy', 3.03, {
			summary: 'Employees who represent clients before the Juvenile Court are accountable for attending; missed court dates lead to progressive discipline.',
			related: ['3.3a', '3.3b'],
		}),
		drop: [/^3\.3 Court Attendance Policy$/],
	},
	{
		file: 'content/handbook/3-3-court-attendance-policy/policy-guide-96-7.mdx',
		start: 2390,
		end: 2451,
		fm: hb('Policy Guide 96.7', 'Court Attendance and Performance', 3.031, {
			effective: 'March 20, 1996',
			summary: 'Policy Guide 96.7 (attachment 3.3a): how child welfare staff prepare the case, themselves and the family for court.',
			related: ['3.3'],
		}),
		heading: rules([[/^(I|II|III|IV|V)\. (.*)$/, 2], [/^(\d)\) (.*Preparation.*)$/, 3]]),
	},
	{
		file: 'content/handbook/3-3-court-attendance-policy/memorandum-of-understanding.mdx',
		unbullet: true,
		start: 2452,
		end: 2513,
		fm: hb('Attachment 3.3b', 'Memorandum of Understanding: Court Attendance Policy', 3.032, {
			summary: 'The AFSCME–DCFS agreement on court attendance: occurrences, legitimate reasons for missing court, and the six steps of discipline.',
			related: ['3.3'],
		}),
		pre: (t) => t.replace(/^MEMORANDUM OF UNDERSTANDING\n\nCourt Attendance Policy\n/, ''),
		post: (t) => t.replace(/\n\n\((e|f)\) For the/g, '\n- $1) For the'),
		heading: rules([[/^FAILURE TO ATTEND COURT - STEP DISCIPLINE\*$/, () => ({ level: 2, text: 'Failure to Attend Court — Step Discipline\\*' })]]),
	},
	{
		file: 'content/handbook/3-3-court-attendance-policy/letter-of-understanding.mdx',
		start: 2515,
		end: 2544,
		fm: hb('Letter of Understanding', 'Letter of Understanding: Clarification of Court Attendance Policy', 3.033, {
			summary: 'The union and management agree that the court attendance policy does not change the contract’s rules on discipline and its progression.',
			related: ['3.3'],
		}),
		pre: (t) => t.replace(/^Letter of Understanding\nClarification of Court Attendance Policy\n/, ''),
	},
	{
		file: 'content/handbook/3-4-daily-attendance/index.mdx',
		start: 2545,
		end: 2558,
		fm: hb('3.4', 'Daily Attendance', 3.04, {
			summary: 'Tardiness, absenteeism, lunch and break periods, and the Affirmative Attendance Policy that governs progressive discipline.',
			related: ['3.4a'],
		}),
		drop: [/^3\.4 Daily Attendance$/],
	},
	{
		file: 'content/handbook/3-4-daily-attendance/memorandum-of-understanding.mdx',
		start: 2559,
		end: 2648,
		fm: hb('Attachment 3.4a', 'Affirmative Attendance Policy Memorandum of Understanding', 3.041, {
			summary: 'The Affirmative Attendance agreement: unauthorized absences, dock time, medical certification and the twelve steps of progressive discipline.',
			related: ['3.4'],
		}),
		pre: (t) => t.replace(/^\*Affirmative Attendance Policy\nMemorandum of Understanding\*\n/, ''),
	},
	{
		file: 'content/handbook/3-5-weapons/index.mdx',
		start: 2649,
		end: 2692,
		fm: hb('3.5', 'Weapons', 3.05, {
			summary: 'Employees may not carry weapons on State property or while on duty; the Criminal Code and Concealed Carry Act provisions are quoted.',
		}),
		drop: [/^3\.5 Weapons$/],
		pre: (t) => t.replace(/\nILCS\n\n5\/21-6\. /, '\n720 ILCS 5/21-6. '),
		heading: rules([[/^(720 ILCS 5\/33A-1|720 ILCS 5\/21-6\. .*|430 ILCS 66\/65)$/, 2]]),
	},
	{
		file: 'content/handbook/3-6-violence-in-the-workplace/index.mdx',
		start: 2693,
		end: 2709,
		fm: hb('3.6', 'Violence in the Workplace', 3.06, {
			summary: 'DCFS has zero tolerance for verbal or physical violence or threats in the workplace; violations lead to discipline up to discharge.',
		}),
		drop: [/^3\.6 Violence in the Workplace$/],
	},
	{
		file: 'content/handbook/3-7-use-of-intoxicants-or-narcotics/index.mdx',
		start: 2710,
		end: 2724,
		fm: hb('3.7', 'Use of Intoxicants or Narcotics', 3.07, {
			summary: 'Employees may not use, possess or be under the influence of alcohol or illegal drugs at work; the Drug-Free Workplace Policy applies.',
			related: ['3.7a'],
		}),
		drop: [/^3\.7 Use of Intoxicants or Narcotics$/],
	},
	{
		file: 'content/handbook/3-7-use-of-intoxicants-or-narcotics/drug-free-workplace-policy.mdx',
		start: 2725,
		end: 2761,
		fm: hb('Attachment 3.7a', 'Drug-Free Workplace Policy', 3.071, {
			effective: 'October 4, 1995',
			summary: 'The DCFS Drug-Free Workplace Policy: treatment through EAP, fitness for duty, prohibited substances and reporting of convictions.',
			related: ['3.7'],
		}),
		pre: (t) => t.replace(/^ILLINOIS DEPARTMENT OF CHILDREN AND FAMILY SERVICES\n\nDRUG-FREE WORKPLACE POLICY\n/, 'ILLINOIS DEPARTMENT OF CHILDREN AND FAMILY SERVICES\n'),
	},
	{
		file: 'content/handbook/3-8-prohibited-political-activities/index.mdx',
		start: 2762,
		end: 2854,
		fm: hb('3.8', 'Prohibited Political Activities', 3.08, {
			summary: 'What political activity State employees may not do on State time or property, political contributions, and running for elected office under the Hatch Act.',
			related: ['3.12', '/ethics/hatch-act-modernization-act/'],
		}),
		drop: [/^3\.8 Prohibited Political Activities$/],
		heading: rules([[/^(Prohibited Offer or Promise|Contributions on State Property|Elected Office)$/, 2]]),
	},
	{
		file: 'content/ethics/hatch-act-modernization-act.mdx',
		unbullet: true,
		start: 2855,
		end: 2950,
		fm: {
			title: 'Hatch Act Modernization Act of 2012',
			section: 'Attachment 3.8a',
			part: STATUTES,
			order: 3,
			summary: 'S. 2170 (2012): lets most State and local employees run for elective office and sets penalties for federal employees’ Hatch Act violations.',
			related: ['3.8'],
		},
		drop: [/^S\.2170—3$/],
		heading: rules([
			[/^(SECTION|SEC\.) (\d)\. (.*)$/, (m) => ({ level: 2, id: `sec-${m[2]}`, text: `Sec. ${m[2]}. ${m[3][0]}${m[3].slice(1).toLowerCase()}` })],
		]),
	},
	{
		file: 'content/handbook/3-9-conflict-of-interest/index.mdx',
		start: 2951,
		end: 3000,
		fm: hb('3.9', 'Conflict of Interest', 3.09, {
			summary: 'Employees must avoid conflicts of interest and their appearance; secondary employment, board service and gifts are governed by Rule 437.',
			related: ['Rule 437', '/ethics/rule-437/'],
		}),
		drop: [/^3\.9 Conflict of Interest$/],
		heading: rules([[/^Guidelines to Help Avoid Conflicts of Interest:$/, 2]]),
	},
	{
		file: 'content/ethics/rule-437.mdx',
		start: 3001,
		end: 3241,
		fm: {
			title: 'Employee Conflict of Interest',
			section: 'Rule 437',
			part: STATUTES,
			order: 4,
			effective: 'December 15, 1998',
			pt: 'P.T. 98.22',
			summary: 'DCFS Rule 437 (89 Ill. Adm. Code 437): conflicts of interest, secondary employment, gifts, board service and economic-interest statements.',
			related: ['3.9'],
		},
		pre: dropHeaders(/\nEMPLOYEE CONFLICT OF INTEREST\n\s*December 15, 1998 – P\.T\. 98\.22\n/g),
		post: titleBlock,
		heading: rules([[/^Section 437\.(\d+) (.*)$/, (m, l) => ({ level: 2, id: `section-437-${m[1]}`, text: l })]]),
	},
	{
		file: 'content/handbook/3-10-code-of-ethics/index.mdx',
		start: 3242,
		end: 3247,
		fm: hb('3.10', 'Code of Ethics', 3.1, {
			summary: 'The Code of Ethics for Child Welfare Professionals and the Child Welfare Ethics Advisory Board that advises on it.',
			related: ['/ethics/code-of-ethics/'],
		}),
		drop: [/^3\.10 Code of Ethics$/],
	},
	{
		file: 'content/ethics/code-of-ethics.mdx',
		start: 3248,
		end: 3589,
		fm: {
			title: 'Code of Ethics for Child Welfare Professionals',
			section: 'Attachment 3.10a',
			part: CODES,
			order: 5,
			effective: 'January 1996',
			summary: 'The values and ethical principles of child welfare practice: responsibilities to clients, colleagues, the court, foster parents and society.',
			related: ['3.10'],
		},
		heading: rules([
			[/^(PREAMBLE|CHILD WELFARE ETHICS ADVISORY BOARD)$/, (m) => ({ level: 2, id: m[1] === 'PREAMBLE' ? 'preamble' : 'ethics-advisory-board', text: m[1] === 'PREAMBLE' ? 'Preamble' : 'Child Welfare Ethics Advisory Board' })],
			[/^(\d+)\. ([A-Z][A-Z ,\-]+)$/, (m) => ({ level: 2, id: `principle-${m[1]}`, text: `${m[1]}. ${m[2].toLowerCase().replace(/(^|\s)([a-z])/g, (x) => x.toUpperCase()).replace(/ (To|In|The|Of)\b/g, (x) => x.toLowerCase())}` })],
			[/^(\d+)\.(\d\d) (.+)$/, (m, l) => ({ level: 3, id: `principle-${m[1]}-${m[2]}`, text: l })],
			[/^(\d+)\.(\d\d)\(([a-z])\) (.+)$/, (m, l) => ({ level: 4, id: `principle-${m[1]}-${m[2]}-${m[3]}`, text: l })],
			[/^([ABC])\. (Responsibilities to (the child|the parents|other family members))$/, 3],
			[/^Table of Contents$/, 2],
		]),
	},
	{
		file: 'content/handbook/3-11-illinois-governmental-ethics-act/index.mdx',
		start: 3590,
		end: 3597,
		fm: hb('3.11', 'Illinois Governmental Ethics Act', 3.11, {
			summary: 'Employees covered by the Illinois Governmental Ethics Act must file a Statement of Economic Interests with the Secretary of State by May 1.',
			related: ['3.12'],
		}),
		drop: [/^3\.11 Illinois Governmental Ethics Act$/],
	},
	{
		file: 'content/handbook/3-12-board-of-ethics/index.mdx',
		start: 3598,
		end: 3611,
		fm: hb('3.12', 'State Officials and Employees Ethics Act', 3.12, {
			summary: 'Mandatory annual ethics training under the State Officials and Employees Ethics Act, what follows non-compliance, and whistle blower protection.',
			related: ['3.11', '/ethics/ethics-act/'],
		}),
		drop: [/^3\.12 State Officials and Employees Ethics Act$/],
		heading: rules([[/^Whistle Blower Protection$/, 2]]),
	},
	{
		file: 'content/ethics/ethics-act.mdx',
		unbullet: true,
		start: 3612,
		end: 5247,
		fm: {
			title: 'State Officials and Employees Ethics Act',
			section: 'Ethics Act',
			part: STATUTES,
			order: 6,
			summary: 'The State Officials and Employees Ethics Act (5 ILCS 430): ethics training, prohibited political activity, the gift ban, whistle blower protection and the inspectors general.',
			related: ['3.12', '3.8', '3.13'],
		},
		pre: (t) =>
			t
				.replace(/^Attachment 3\.12a\n/, '')
				// "ARTICLE 5\n\nETHICAL CONDUCT" → one heading line.
				.replace(/\nARTICLE (\d+)\n\n([A-Z][A-Z ,]+)\n(?:([A-Z][A-Z ,]+)\n)?/g, (_, n, a, b) => `\nARTICLE ${n}. ${a}${b ? ` ${b}` : ''}\n`)
				// Move "(5 ILCS 430/5-10)" below its "Sec." heading, split "Sec. 1-5. Definitions. As used…".
				.replace(/promotional\n+material\./, 'promotional material.')
				.replace(/\n(\(5 ILCS 430\/Art\. \d+ heading\))\n\s*\n(ARTICLE [^\n]+)\n/g, '\n$2\n\n$1\n')
				.replace(/\n(\(5 ILCS 430\/[^)]+\)(?: \(was Sec\. 995 of PA 93-617\))?)\n\s*\n?(Sec\. [\d-]+(?:\.\d+)?[a-z]?\.) (.*)\n/g, (_, cite, num, rest) => {
					// The section title is the first sentence after the number, unless that is body text.
					const t = /^(\([^)]*\)\.?|[^.]{1,140}\.)\s*(.*)$/.exec(rest);
					const [title, body] = t && !/ (is|are|shall|may) /.test(t[1]) ? [t[1], t[2]] : ['', rest];
					return `\n${num}${title ? ` ${title}` : ''}\n\n${cite}\n\n${body}\n`;
				}),
		heading: rules([
			[/^ARTICLE (\d+)\.? (.*)$/, (m) => ({ level: 2, id: `article-${m[1]}`, text: `Article ${m[1]}. ${m[2].toLowerCase().replace(/(^|\s)([a-z])/g, (x) => x.toUpperCase()).replace(/ (And|Of|Within|The)\b/g, (x) => x.toLowerCase())}` })],
			[/^Sec\. ([\d-]+)(?:\.(\d+))?([a-z]?)\.(?: (.*))?$/, (m, l) => ({ level: 3, id: `section-${m[1]}${m[2] ? `-${m[2]}` : ''}${m[3]}`, text: l })],
		]),
	},
	{
		file: 'content/handbook/3-13-sexual-harassment/index.mdx',
		start: 5248,
		end: 5295,
		fm: hb('3.13', 'Sexual Harassment', 3.13, {
			summary: 'What sexual harassment is, that DCFS prohibits it, and how an employee reports it to a supervisor, Affirmative Action or outside agencies.',
			related: ['/ethics/ethics-act/'],
		}),
		drop: [/^3\.13 Sexual Harassment$/],
	},
	{
		file: 'content/handbook/3-14-confidentiality/index.mdx',
		start: 5296,
		end: 5313,
		fm: hb('3.14', 'Confidentiality', 3.14, {
			summary: 'Employees must safeguard client information under Rule and Procedures 431 and may not release co-workers’ personal information.',
			related: ['/ethics/rule-431/', '/ethics/procedures-431/'],
		}),
		drop: [/^3\.14 Confidentiality$/],
	},
	{
		file: 'content/ethics/rule-431.mdx',
		start: 5314,
		end: 5916,
		fm: {
			title: 'Confidentiality of Personal Information of Persons Served by the Department of Children and Family Services',
			section: 'Rule 431',
			part: STATUTES,
			order: 7,
			effective: 'December 31, 2003',
			pt: 'PT 2003.28',
			summary: 'DCFS Rule 431 (89 Ill. Adm. Code 431): how long records are kept, who may see them, and when personal information may be disclosed.',
			related: ['3.14', '/ethics/procedures-431/'],
		},
		pre: (t) =>
			dropHeaders(CONF_HEADER)(
				t.replace(
					/^TITLE 89: SOCIAL SERVICES\nCHAPTER III: DEPARTMENT OF CHILDREN AND FAMILY SERVICES\nSUBCHAPTER f: GENERAL ADMINISTRATION\n\nPART 431\n\*\*CONFIDENTIALITY OF PERSONAL INFORMATION OF PERSONS SERVED BY THE\nDEPARTMENT OF CHILDREN AND FAMILY SERVICES\*\*\n/,
					'TITLE 89: SOCIAL SERVICES\nCHAPTER III: DEPARTMENT OF CHILDREN AND FAMILY SERVICES\nSUBCHAPTER f: GENERAL ADMINISTRATION\n\nPART 431\n',
				),
			).replace('Acquired Immunodeficiency\nSyndrome (AIDS)**', 'Acquired Immunodeficiency Syndrome (AIDS)**').replace(/\*\*Section 431\.130 Impoundment of Records by the Office of the Inspector General\n\(Repealed\)\*\*/, 'Section 431.130 Impoundment of Records by the Office of the Inspector General (Repealed)'),
		post: titleBlock,
		heading: nested(/^\**Section 431\.(\d+) (.*?)\**$/, (m) => `section-431-${m[1]}`),
	},
	{
		file: 'content/ethics/procedures-431.mdx',
		start: 5917,
		end: 7621,
		fm: {
			title: 'Procedures 431: Confidentiality of Personal Information of Persons Served by the Department of Children and Family Services',
			section: 'Procedures 431',
			part: STATUTES,
			order: 8,
			effective: 'August 30, 2002',
			pt: 'P.T. 2002.23',
			summary: 'Procedures 431: what information may be released, to whom and how; redaction, mental health and HIV information, subpoenas and the CFS 600-3 consent.',
			related: ['3.14', '/ethics/rule-431/'],
			forms: ['CFS 600-3', 'CFS 1425', 'CFS 717', 'CFS 718E', 'CFS 506', 'CFS 597', 'CFS 597A', 'CFS 602', 'CFS 604'],
		},
		pre: (t) =>
			dropHeaders(CONF_HEADER)(`\n${t}`)
				.replace(/^- (Lines? [\d-]+:)\*\*/gm, '- **$1**')
				.replace(/^\*\*([^*\n]+)\n([^*\n]+)\*\*$/gm, '**$1 $2**')
				.replace(/^\n?CONFIDENTIALITY OF PERSONAL INFORMATION OF PERSONS SERVED BY THE DEPARTMENT OF CHILDREN AND FAMILY SERVICES\n\nAugust 30, 2002 – P\.T\. 2002\.23\n/, ''),
		heading: nested(/^\**Section 431\.(\d+) (.*?)\**$/, (m) => `section-431-${m[1]}`, [
			[/^Appendix A Employee Handling of Summons and Subpoena$/, 2],
			[/^\**431\.APPENDIX B/, 2],
			[/^431\. Appendix C/, 2],
			[/^(I|II|III|IV|V|VI)\. (\**[A-Z].{2,70})$/, 3],
			[/^(Instructions for Completing the CFS 600-3|Redisclosure Consent|Revocation of Consent|Conveying Right of Access to Another Person)$/, 3],
			[/^(Persons Entitled to Inspect and Copy Recipient's Mental Health Record|Disclosure of Mental Health Records and Communications Without Consent|Persons and Entities Not Entitled to Access Mental Health Information|Licensing File Documentation|Substantiated Licensing Complaint Investigation File Documentation)$/, 4],
		]),
	},
	{
		file: 'content/handbook/3-15-nepotism-policy/index.mdx',
		start: 7622,
		end: 7631,
		fm: hb('3.15', 'Nepotism', 3.15, {
			summary: 'No employee may hire, supervise or evaluate a family member; the familial relationships covered and how conflicts are resolved.',
		}),
		drop: [/^3\.15 Nepotism$/],
	},
	{
		file: 'content/handbook/3-16-falsification-of-records/index.mdx',
		start: 7632,
		end: 7656,
		fm: hb('3.16', 'Falsification of Records', 3.16, {
			summary: 'Every document must be accurate; falsifying client or case information or court testimony leads to immediate discharge.',
			related: ['3.16a'],
		}),
		drop: [/^3\.16 Falsification of Records$/],
	},
	{
		file: 'content/handbook/3-16-falsification-of-records/policy-guide-2000-03.mdx',
		start: 7657,
		end: 7722,
		fm: hb('Policy Guide 2000.03', 'Prohibition of Falsification of Records', 3.161, {
			effective: 'March 31, 2000',
			summary: 'Policy Guide 2000.03: falsifying records, applications or case information is prohibited and leads to discharge.',
			related: ['3.16'],
		}),
		heading: rules([[/^(I|II|III|IV|V|VI)\. (.*)$/, 2]]),
	},
	{
		file: 'content/handbook/3-17-appropriate-attire/index.mdx',
		start: 7723,
		end: 7726,
		fm: hb('3.17', 'Appropriate Attire', 3.17, { summary: 'Employees are professionals and must dress appropriately for their work, including court and client visits.' }),
		drop: [/^3\.17 Appropriate Attire$/],
	},
	{
		file: 'content/handbook/3-18-use-of-state-telephones/index.mdx',
		start: 7727,
		end: 7757,
		fm: hb('3.18', 'Use of State Telephones', 3.18, { summary: 'The State Telephone Usage Policy: what personal calls are allowed on State and cellular phones and how abuse is charged.' }),
		drop: [/^3\.18 Use of State Telephones$/],
		heading: rules([[/^State Telephone Usage Policy$/, 2]]),
	},
	{
		file: 'content/handbook/3-19-use-of-state-electronic-system-equipment/index.mdx',
		start: 7758,
		end: 7769,
		fm: hb('3.19', 'Use of State Equipment', 3.19, {
			summary: 'State and DCFS equipment, e-mail and Internet are for State business only; data is confidential and equipment may be inspected.',
			related: ['3.19a'],
		}),
		drop: [/^3\.19 Use of State Equipment$/],
	},
	{
		file: 'content/handbook/3-19-use-of-state-electronic-system-equipment/administrative-procedure-20.mdx',
		start: 7770,
		end: 7979,
		fm: hb('Administrative Procedure #20', 'Electronic Mail/Internet Usage/SACWIS Search Function', 3.191, {
			effective: 'August 12, 2003',
			pt: 'P.T. 2003.21',
			summary: 'Administrative Procedure #20: authorized and prohibited uses of e-mail, the Internet and the SACWIS search function, monitoring and the CFS 123 certificate.',
			related: ['3.19'],
			forms: ['CFS 123'],
		}),
		pre: (t) =>
			dropHeaders(/\nADMINISTRATIVE PROCEDURE #20\nElectronic Mail\/Internet Usage\/SACWIS Search Function\nAugust 12, 2003 – P\.T\. 2003\.21\n/g)(
				t.replace(/^ADMINISTRATIVE PROCEDURE #20\nElectronic Mail\/Internet Usage\/SACWIS Search Function\nAugust 12, 2003 – P\.T\. 2003\.21\n/, ''),
			),
		drop: [/^Administrative Procedure #20$/, /^This page intentionally left blank\.$/],
		post: (t) =>
			t
				.replace(/^Section\n\n(?=- 20\.1)/m, '')
				.replace(
					/Signature: \\_+ Date: \\_+\n\nPrinted Name: \\_+\n\nWork Location: \\_+/,
					'| Certificate field | Entry |\n|---|---|\n| Signature | |\n| Date | |\n| Printed Name | |\n| Work Location | |',
				),
		heading: nested(/^(20)\.(\d+) (.*)$/, (m) => `section-20-${m[2]}`, [[/^APPENDIX A$/, 2]]),
	},
	{
		file: 'content/handbook/3-20-smoking-policy/index.mdx',
		start: 7980,
		end: 7991,
		fm: hb('3.20', 'Smoking Policy', 3.2, { summary: 'Smoking, including electronic cigarettes, is allowed only in negotiated designated smoking areas under the Smoke-free Workplace Act.' }),
		drop: [/^3\.20 Smoking Policy$/],
	},
	{
		file: 'content/handbook/3-21-photo-identification-cards/index.mdx',
		start: 7992,
		end: 8003,
		fm: hb('3.21', 'Photo Identification Cards', 3.21, {
			summary: 'Only Department or CMS photo and temporary ID cards are accepted; how to replace a lost, damaged or outdated card.',
			related: ['3.21a'],
		}),
		drop: [/^3\.21 Photo Identification Cards$/],
	},
	{
		file: 'content/handbook/3-21-photo-identification-cards/administrative-procedure-4.mdx',
		start: 8004,
		end: 8139,
		fm: hb('Administrative Procedure #4', 'Employee Photo Identification Cards', 3.211, {
			effective: 'May 17, 2000',
			pt: 'PT 2000.08',
			summary: 'Administrative Procedure #4: issue, use, replacement and surrender of employee photo ID cards, and where photos are taken.',
			related: ['3.21'],
		}),
		pre: (t) =>
			dropHeaders(/\nEmployee Photo Identification Cards\n\nMay 17, 2000 - PT 2000 08\n/g)(
				`\n${t}`.replace(/^\nEmployee Photo Identification Cards\n\nMay 17, 2000 - PT 2000 08\n\nADMINISTRATIVE PROCEDURE #4\n\nEMPLOYEE PHOTO IDENTIFICATION CARDS\n\nMay 17, 2000 - PT\. 2000\.08\n/, ''),
			),
		heading: nested(/^Section 4\.(\d+) (.*)$/, (m) => `section-4-${m[1]}`, [[/^(Central Office|Cook County|Northern Region|Central Region|Southern Region)$/, 3]]),
	},
	{
		file: 'content/handbook/3-22-licensure/index.mdx',
		start: 8140,
		end: 8220,
		fm: hb('3.22', 'Licensure of Direct Child Welfare Services Employees and Supervisors', 3.22, {
			summary: 'Direct child welfare services employees and supervisors must hold a license: qualifications, grounds for licensure action and complaints.',
		}),
		drop: [/^3\.22 Licensure of Direct Child Welfare Services Employees and Supervisors(, cont'd)?$/],
		post: (t) => t.replace(/\n\n(1[123])\\\) /g, '\n- $1\\) '),
		heading: rules([[/^(Qualifications for License|Grounds for Suspension, Revocation or Refusal to Reinstate License|Other Causes for Licensure Action|How To Submit a Complaint|Condition of Employment)$/, 2], [/^\d\) (Mental Health and Developmental Disabilities|Delinquent Compliance with a Child Support Order|Default of Educational Loan)$/, 3]]),
	},
);


const only = process.argv.indexOf('--only');
const filter = only > 0 ? process.argv[only + 1] : undefined;
for (const page of PAGES) {
	if (filter && !page.file.includes(filter)) continue;
	const fm = { source: 'employee-handbook', status: 'current', ...page.fm };
	const text = `${frontmatter(fm)}\n${page.intro ? `${page.intro}\n\n` : ''}${convert(page)}\n`;
	const path = join(ROOT, page.file);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	console.log(`${page.file}: lines ${page.start}–${page.end}`);
}
