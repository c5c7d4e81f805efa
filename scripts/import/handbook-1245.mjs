#!/usr/bin/env node
/**
 * First-pass importer for the Employee Handbook seed (003), front matter, chapters 1, 2, 4 and 5
 * (seed lines 1–1662 and 8221–end). It splits the seed into one MDX page per section, attachment,
 * Policy Guide and Administrative Procedure, and cleans the mechanical conversion artifacts
 * (page headers, "(cont'd)" splits, LaTeX fractions, escaped dollars, HTML checkboxes, MDX-unsafe
 * characters). The committed MDX is the source of truth afterwards: this script was run once and
 * the pages were then edited by hand (forms, tables, headings). Re-running it overwrites those edits,
 * so it refuses to overwrite an existing file unless --force is given.
 *
 * Usage: node scripts/import/handbook-1245.mjs [--force]
 *        node scripts/import/handbook-1245.mjs --check   (compile every page, report text coverage)
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { mdxToHast } from 'satteri';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seed = readFileSync(join(root, '..', 'shared', 'seeds', '003_e944879d7f66002b.txt'), 'utf8');
const lines = seed.split('\n');
const force = process.argv.includes('--force');

/** Page headers and footers repeated on every printed page of the long attachments. */
const PAGE_HEADER = [
	/^Administrative Procedures #16\s*$/i,
	/^ADMINISTRATIVE PROCEDURES #16(\*\*Staff Safety\*\*\*\*August 23, 2002 – P\.T\. 2002\.24\*\*)?\s*$/,
	/^Staff Safety\s*$/,
	/^August 23, 2002 [-–] P\.T\. 2002\.24\s*$/,
	/^AP#8, DCFS MOTOR LIABILITY PLAN\s*$/,
	/^September 1, 1997 – P\.T\. 97\.28\s*$/,
	/^Geographical Composition of Local Area Networks\s*$/,
	/^Employee Flextime Request\s*$/,
	/^UNUSUAL INCIDENT REPORTING FORM\s*$/,
];

/** A "(cont'd)" repeat of a section or sub-heading at the top of a printed page. */
const CONTD = /\((cont'd|Cont'd|cont'd\.)\)/;

function cleanLine(line) {
	let l = line.replace(/\s+$/, '');
	l = l.replace(/\$\\frac\{1\}\{2\}\$/g, '½');
	l = l.replace(/\\\$/g, '$');
	l = l.replace(/<input type="checkbox"\/>/g, '☐');
	l = l.replace(/<\/?u>/g, '');
	l = l.replace(/Error! Bookmark not defined\./g, '');
	// "1.5 The Role … (cont'd)**State Law**" → "**State Law**": keep what follows the repeated heading.
	const glued = /^(\d\.\d+ [^(]*|[A-Z][A-Za-z ]*)\((?:cont'd|Cont'd|cont'd\.)\)\s*(.+)$/.exec(l);
	if (glued && !CONTD.test(glued[2])) l = glued[2];
	return l;
}

function isDroppable(line) {
	if (PAGE_HEADER.some((re) => re.test(line))) return true;
	// A whole line that is only a repeated heading with "(cont'd)".
	if (CONTD.test(line) && line.length < 90 && !/[.;]\s*$/.test(line.replace(CONTD, ''))) return true;
	return false;
}

/** MDX escapes: braces, and angle brackets that do not open a known tag. */
function escapeMdx(l) {
	if (/^\s*<h2 id=/.test(l)) return l;
	l = l.replace(/[{}]/g, (c) => `\\${c}`);
	l = l.replace(/<(?!\/?(br|sup|sub|h2)\b)/g, '&lt;');
	// Runs of underscores are form blanks; escape them so they never parse as emphasis or a rule.
	l = l.replace(/_{2,}/g, (m) => '\\_'.repeat(m.length));
	return l;
}

/** Paragraph ends that show the sentence went on over a page break. */
function endsOpen(text) {
	return !/[.:;!?)"”'’*]$/.test(text.trim());
}

function buildBody(page) {
	const out = [];
	let droppedSince = false;
	for (let n = page.start; n <= page.end; n++) {
		const raw = lines[n - 1];
		if (raw === undefined) break;
		if (page.skip?.includes(n)) continue;
		let l = cleanLine(raw);
		if (isDroppable(l)) {
			droppedSince = true;
			continue;
		}
		if (l.trim() === '') {
			out.push('');
			continue;
		}
		// Join a sentence split by a removed page header: previous paragraph open, this one lower-case.
		if (droppedSince && /^[a-z]/.test(l.trim())) {
			let k = out.length - 1;
			while (k >= 0 && out[k] === '') k--;
			if (k >= 0 && endsOpen(out[k])) {
				out.length = k + 1;
				out[k] = `${out[k]} ${l.trim()}`;
				droppedSince = false;
				continue;
			}
		}
		droppedSince = false;
		if (page.ap) {
			const t = l.trim();
			const sec = page.ap === 16 ? /^16\.(\d) (.+)$/.exec(t) : /^Section 8\.(\d) (.+)$/.exec(t);
			if (sec) {
				out.push(`<h2 id="section-${page.ap}-${sec[1]}">${t}</h2>`);
				continue;
			}
			const level = /^[a-k]\) [A-Z].{2,80}$/.test(t) ? 3 : /^\d\) [A-Z].{2,80}[^;]$/.test(t) ? 4 : /^[A-G]\) .{3,70}$/.test(t) ? 5 : 0;
			if (level && !l.startsWith(' ')) {
				out.push(`${'#'.repeat(level)} ${t}`);
				continue;
			}
		}
		const heading = page.headings?.[l.trim()];
		if (heading) {
			out.push(heading === 'h2id' ? l : `${'#'.repeat(heading)} ${l.trim()}`);
			continue;
		}
		out.push(l);
	}
	// Normalise one-space nested list indents to the parent's content column.
	for (let i = 0; i < out.length; i++) {
		const m = /^ (- |\d+\. )/.exec(out[i]);
		if (!m) continue;
		let k = i - 1;
		while (k >= 0 && !/^(- |\d+\. |- [a-z]\. )/.test(out[k])) k--;
		const parent = k >= 0 ? /^(- [a-z]\. |\d+\. |- )/.exec(out[k])[0].length : 2;
		out[i] = ' '.repeat(parent) + out[i].trimStart();
	}
	let text = out.map(escapeMdx).join('\n');
	text = text.replace(/\n{3,}/g, '\n\n').trim();
	return `${text}\n`;
}

function yamlString(s) {
	return `'${String(s).replace(/'/g, "''")}'`;
}

/** Section numbers and form numbers mentioned in the page, for the related and forms fields. */
function extractRefs(body, page) {
	const related = new Set(page.related ?? []);
	for (const m of body.matchAll(/\b(?:Section|Sections|section)\s+(\d\.\d{1,2})\b/g)) related.add(m[1]);
	for (const m of body.matchAll(/\b[Aa]ttachment\s+(\d\.\d{1,2}[a-z])\b/g)) related.add(m[1]);
	if (page.section) related.delete(page.section);
	const forms = new Set(page.forms ?? []);
	for (const m of body.matchAll(/\b(CFS|CMS)[ -]?(\d{2,4}[A-Z]?)(?: ?(MC|R))?\b/g)) {
		forms.add(`${m[1]} ${m[2]}${m[3] ? ` ${m[3]}` : ''}`);
	}
	return { related: [...related], forms: [...forms] };
}

const P0 = 'Front matter';
const P1 = 'Chapter 1 — For Your Information';
const P2 = 'Chapter 2 — Hours and Work Schedules';
const P4 = 'Chapter 4 — Employee Benefits and Programs';
const P5 = 'Chapter 5 — General Information';
const h = (level, ...texts) => Object.fromEntries(texts.map((t) => [t, level]));

/** One entry per page: seed line range (1-based, inclusive), frontmatter, and the lines that are headings. */
const PAGES = [
	{ file: '0-1-memorandum-and-preface.mdx', start: 1, end: 108, title: 'Memorandum and Preface', part: P0, order: 0.1,
		summary: "The Director's memorandum introducing the Employee Handbook, the preface on how it relates to laws and bargaining agreements, and the handbook's table of contents.",
		headings: { ...h(2, 'MEMORANDUM', 'PREFACE', 'TABLE OF CONTENTS: EMPLOYEE HANDBOOK'), ...h(3, 'Chapter 1.0 For Your Information...', 'Chapter 2.0 Hours and Work Schedules', 'Chapter 3.0 Employee Conduct', 'Chapter 4.0 Employee Benefits and Programs', 'Chapter 5.0 General Information') } },
	{ file: '1-1-dcfs-mission-statement.mdx', start: 120, end: 159, title: 'DCFS Mission Statement', section: '1.1', part: P1, order: 1.01,
		summary: "The Department's mission (protect children, provide for their well-being, find permanent families, support prevention, work with communities) and its vision statement.",
		headings: h(2, 'Vision Statement') },
	{ file: '1-2-a-history-of-child-welfare-in-illinois.mdx', start: 161, end: 197, title: 'A History of Child Welfare in Illinois', section: '1.2', part: P1, order: 1.02,
		summary: 'From the 1849 Chicago Orphan Asylum to the creation of DCFS in 1964, the BH Consent Decree, the 1998 permanency legislation and accreditation.' },
	{ file: '1-3-delivery-of-services.mdx', start: 199, end: 244, title: 'Delivery of Services', section: '1.3', part: P1, order: 1.03,
		summary: 'When DCFS may intervene in a family, how reports reach the State Central Register hotline, and how investigations reach an indicated or unfounded finding.',
		headings: h(2, 'The State Central Register') },
	{ file: '1-4-mandated-reporters.mdx', start: 246, end: 279, title: 'Mandated Reporters', section: '1.4', part: P1, order: 1.04,
		summary: 'All DCFS employees are mandated reporters under ANCRA: how to report suspected abuse or neglect to the hotline and what information to give.' },
	{ file: '1-5-the-role-of-juvenile-court.mdx', start: 281, end: 385, title: 'The Role of Juvenile Court', section: '1.5', part: P1, order: 1.05,
		summary: "The Department's role in Juvenile Court, staff's duty to attend court prepared, and the constitutional, state, federal and case law and consent decrees that govern child welfare.",
		headings: { ...h(2, 'Sources of Law Affecting Illinois Public Child Welfare'), ...h(3, 'Constitutional Law', '**State Law**', 'Federal Law and Regulations', 'Case Law', 'Consent Decrees') } },
	{ file: '1-6-geographic-administrative-lans-boundaries.mdx', start: 387, end: 1149, title: 'Geographic/Administrative/LANs Boundaries', section: '1.6', part: P1, order: 1.06,
		summary: 'The counties, Cook County townships and Chicago community areas in each DCFS region and Local Area Network (LAN), with an alphabetical cross reference.' },

	{ file: '2-1-daily-time/index.mdx', start: 1164, end: 1182, title: 'Daily Time', section: '2.1', part: P2, order: 2.01,
		summary: 'The 37.5-hour week, recording attendance on the daily time sheet and the benefit-time request form, calling in when late or sick, and dock time.',
		headings: h(2, 'A. Attendance', 'B. Tardiness and Absenteeism', 'C. Dock Time') },
	{ file: '2-1-daily-time/attachment-2-1a.mdx', start: 1184, end: 1186, title: 'Daily Staff Attendance Report', section: '2.1a', part: P2, order: 2.011, forms: ['CFS 725A'],
		summary: 'Attachment 2.1a: the Daily Staff Attendance Report (CFS 725A) on which employees record arrival and departure times; the form image is illegible in the source.' },
	{ file: '2-1-daily-time/attachment-2-1b.mdx', start: 1187, end: 1248, title: 'Employee Request Form for Use of Benefit Time', section: '2.1b', part: P2, order: 2.012, forms: ['CFS 728'],
		summary: 'Attachment 2.1b: the Employee Request Form for Use of Benefit Time (CFS-728), its time-off codes and the increments in which each kind of benefit time may be used.' },
	{ file: '2-2-work-schedules/index.mdx', start: 1250, end: 1269, title: 'Work Schedules', section: '2.2', part: P2, order: 2.02,
		summary: 'The standard 8:30–5:00 schedule, how to request flextime, four-day, nine-day and other alternative schedules, and shift preference by seniority.',
		headings: h(2, 'Shift Preference') },
	{ file: '2-2-work-schedules/attachment-2-2a.mdx', start: 1270, end: 1445, title: 'Employee Flextime Request', section: '2.2a', part: P2, order: 2.021, forms: ['CFS 726'],
		summary: 'Attachment 2.2a: the Employee Flextime Request (CFS 726) with the employee, supervisor and authorization parts.',
		headings: h(2, 'Read this information first', 'Part 1: Tell us why you are requesting flextime. *(Print or type the following information).*', 'Part 2: Answer the following questions', 'Part 3: Complete the authorization. *(Approve/Deny and sign the following information).*') },
	{ file: '2-3-vacation.mdx', start: 1447, end: 1484, title: 'Vacation', section: '2.3', part: P2, order: 2.03,
		summary: 'How vacation is earned by years of continuous service, when it is forfeited, the increments in which it is used, how it is scheduled, and payment on separation.',
		headings: h(2, 'A. Accumulation', 'B. Use', 'C. Contractual Obligation(s) - Scheduling', 'D. Payment') },
	{ file: '2-4-sick-time.mdx', start: 1486, end: 1520, title: 'Sick Time', section: '2.4', part: P2, order: 2.04,
		summary: 'Sick leave accrues at one day a month; who counts as immediate family, how to call in and request it, payment on separation and the Sick Leave Bank.',
		headings: h(2, 'A. Accumulation', 'B. Use', 'C. Payment', 'D. Sick Leave Bank') },
	{ file: '2-5-personal-business-time.mdx', start: 1522, end: 1544, title: 'Personal Business Time', section: '2.5', part: P2, order: 2.05,
		summary: 'Three personal business days a year (prorated for new hires, a fourth for no sick time used), increments of use, forfeiture and payment on separation.' },
	{ file: '2-6-overtime/index.mdx', start: 1546, end: 1554, title: 'Overtime', section: '2.6', part: P2, order: 2.06,
		summary: 'Overtime only when needed and approved in advance; using or being paid for compensatory time within the fiscal year; FLSA-exempt and non-exempt employees.' },
	{ file: '2-6-overtime/attachment-2-6a.mdx', start: 1555, end: 1575, title: 'Overtime or Compensatory Time Request Form', section: '2.6a', part: P2, order: 2.061,
		summary: 'Attachment 2.6a: the Overtime or Compensatory Time Request Form submitted to the supervisor before overtime is worked.' },
	{ file: '2-7-holidays.mdx', start: 1577, end: 1601, title: 'Holidays', section: '2.7', part: P2, order: 2.07,
		summary: 'The paid state holidays, how weekend holidays are observed, holidays during vacation, work on a holiday, and eligibility for holiday pay.' },
	{ file: '2-8-inclement-weather/index.mdx', start: 1603, end: 1609, title: 'Inclement Weather', section: '2.8', part: P2, order: 2.08,
		summary: 'Absences for bad weather when offices are open must be covered with accrued time other than sick leave; closures ordered by the Governor or CMS are paid.' },
	{ file: '2-8-inclement-weather/policy-guide-87-3.mdx', start: 1610, end: 1662, title: 'Employee Absence Due to Transportation Emergencies/Inclement Weather', section: 'Policy Guide 87.3', part: P2, order: 2.081, effective: 'May 1, 1987',
		summary: 'Policy Guide 87.3 (attachment 2.8a): call the supervisor within an hour and cover absences caused by transit shutdowns or severe weather with benefit time or unpaid status.',
		related: ['2.8'],
		headings: h(2, 'I. Purpose', 'II. Primary Users', 'III. Rescinded Material', 'IV. Work Absences', 'V. Use of Time', 'VI. Filing Instructions') },

	{ file: '4-1-leaves-of-absence/index.mdx', start: 8240, end: 8304, title: 'Leaves of Absence', section: '4.1', part: P4, order: 4.01,
		summary: 'Jury duty, military, maternity/paternity and adoption, family responsibility, disability, educational and organ donor leave, and returning on time.',
		headings: h(2, 'A. Jury Duty', 'B. Military Leave', 'C. Maternity/Paternity and Adoption Leave', 'D. Family Responsibility Leave', 'E. Disability Leave', 'F. Educational Leave', 'G. Organ Donor Leave') },
	{ file: '4-1-leaves-of-absence/attachment-4-1a.mdx', start: 8305, end: 8407, title: 'Application for Educational Leave', section: '4.1a', part: P4, order: 4.011, forms: ['CFS 720'],
		summary: 'Attachment 4.1a: the Application for Educational Leave (CFS 720) with its budget attachment.' },
	{ file: '4-1-leaves-of-absence/attachment-4-1b.mdx', start: 8408, end: 8516, title: 'Personnel Action Request Form', section: '4.1b', part: P4, order: 4.012, forms: ['CFS 700'],
		summary: 'Attachment 4.1b: the Personnel Action Request form (CFS 700) and its chart of the documents and signatures each personnel action needs.' },
	{ file: '4-2-tuition-reimbursement/index.mdx', start: 8518, end: 8530, title: 'Tuition Reimbursement', section: '4.2', part: P4, order: 4.02,
		summary: 'One job-related course per term reimbursed at 80% of state-school tuition, the application, and the 18-month work commitment that follows.' },
	{ file: '4-2-tuition-reimbursement/attachment-4-2a.mdx', start: 8531, end: 8620, title: 'Application for Staff Development Grant', section: '4.2a', part: P4, order: 4.021, forms: ['CFS 705A', 'IL-418-705A'],
		summary: 'Attachment 4.2a: the Application for Staff Development Grant (CFS 705A) and the instructions for completing and routing it.' },
	{ file: '4-3-prohibition-against-discrimination/index.mdx', start: 8622, end: 8648, title: 'Prohibition Against Discrimination', section: '4.3', part: P4, order: 4.03,
		summary: 'Protected bases, the Office of Affirmative Action, and the deadlines for filing discrimination complaints internally, with the Department of Human Rights or with the EEOC.' },
	{ file: '4-3-prohibition-against-discrimination/attachment-4-3a.mdx', start: 8649, end: 8755, title: 'Discrimination Complaint Form', section: '4.3a', part: P4, order: 4.031, forms: ['CFS 766'],
		summary: 'Attachment 4.3a: the Discrimination Complaint Form (CFS 766) and the instructions for filing a complaint with the Office of Affirmative Action.' },
	{ file: '4-4-americans-with-disabilities-act-ada/index.mdx', start: 8757, end: 8771, title: 'Americans with Disabilities Act (ADA)', section: '4.4', part: P4, order: 4.04,
		summary: 'Who the ADA protects and how to request a reasonable accommodation in writing through the ADA Coordinator.',
		headings: h(2, 'Reasonable Accommodation') },
	{ file: '4-4-americans-with-disabilities-act-ada/attachment-4-4a.mdx', start: 8772, end: 8874, title: 'Employee/Applicant Request for Reasonable Accommodation', section: '4.4a', part: P4, order: 4.041,
		summary: 'Attachment 4.4a: the request for reasonable accommodation and the four-level approval process form.' },
	{ file: '4-5-employee-assistance-programs.mdx', start: 8876, end: 8892, title: 'Employee Assistance Programs', section: '4.5', part: P4, order: 4.05,
		summary: "Confidential help for personal problems that affect work: AFSCME's Personal Support Program and the state Employee Assistance Program, with phone numbers." },
	{ file: '4-6-workers-compensation.mdx', start: 8894, end: 8929, title: "Workers' Compensation", section: '4.6', part: P4, order: 4.06,
		summary: 'Report a work injury to the CARESYS hotline and your supervisor, the 45-day notice, up to five service-connected days, and benefit time or TTD for longer absences.',
		headings: h(2, 'Option #1', 'Option #2') },
	{ file: '4-7-payroll-periods-pay-dates.mdx', start: 8931, end: 8953, title: 'Payroll Periods/Pay Dates', section: '4.7', part: P4, order: 4.07,
		summary: 'Semi-monthly pay on the 13th and 28th with a two-week delay, direct deposit, compensation and travel reimbursement.',
		headings: h(2, 'Direct Deposit', 'Compensation', 'Travel Reimbursement') },
	{ file: '4-8-payroll-deductions/index.mdx', start: 8955, end: 9011, title: 'Payroll Deductions', section: '4.8', part: P4, order: 4.08,
		summary: 'Taxes, voluntary deductions, savings bonds, union dues, garnishments, IRS levies, child support, bankruptcy and involuntary withholding for debts to the state.',
		headings: h(2, 'Miscellaneous Deductions', 'Savings Bonds', 'Union Dues and Deductions', 'Garnishments', 'IRS Tax Levies', 'Child Support', 'Bankruptcy', 'Involuntary Withholding', 'Involuntary Withholding/State-Owed Payments') },
	{ file: '4-8-payroll-deductions/attachment-4-8a.mdx', start: 9012, end: 9051, title: 'Voluntary Deduction for State Owed Payments', section: '4.8a', part: P4, order: 4.081,
		summary: 'Attachment 4.8a: the form that sets up automatic paycheck deductions to repay a state agency, university, federal agency, trustee or child support.' },
	{ file: '4-9-sick-leave-bank/index.mdx', start: 9053, end: 9063, title: 'Sick Leave Bank', section: '4.9', part: P4, order: 4.09,
		summary: 'Who may join the Sick Leave Bank, the one-day minimum donation, the 60-day wait and the limit of 25 workdays a year for catastrophic illness or injury.' },
	{ file: '4-9-sick-leave-bank/attachment-4-9a.mdx', start: 9064, end: 9094, title: 'State of Illinois Employee Sick Leave Bank Membership Application', section: '4.9a', part: P4, order: 4.091,
		summary: 'Attachment 4.9a: the Sick Leave Bank membership application, with the employee declaration and the personnel officer certification.' },
	{ file: '4-10-employee-health-dental-life-insurance/index.mdx', start: 9096, end: 9191, title: 'Employee Health/Dental/Life Insurance', section: '4.10', part: P4, order: 4.1,
		summary: 'State group health, dental, vision and life insurance, the Benefit Choice period, and free TB tests and Hepatitis B vaccinations on work time.',
		headings: { ...h(2, 'A. Dental Plan', 'B. Health Insurance Plans', 'Life Insurance', 'Vision Service Plan', 'BENEFIT CHOICE PERIOD', 'Tuberculosis Test and Hepatitis B Vaccination Participation'), ...h(3, 'Quality Care Dental Plan', 'Managed Care Health Plans', 'Quality Care Health Plan', 'Basic Life', 'Optional Life', 'Accidental Death & Dismemberment (AD&D)', 'Spouse Life', 'Child Life') } },
	{ file: '4-10-employee-health-dental-life-insurance/attachment-4-10a.mdx', start: 9193, end: 9221, title: 'Hepatitis B and TB Program Operational Guidelines', section: '4.10a', part: P4, order: 4.101,
		summary: 'Attachment 4.10a: management, employee and vendor responsibilities in the free Hepatitis B vaccination and tuberculosis testing program.',
		headings: h(2, 'MANAGEMENT RESPONSIBILITY', 'EMPLOYEE RESPONSIBILITY', 'VENDOR RESPONSIBILITY') },
	{ file: '4-10-employee-health-dental-life-insurance/attachment-4-10b.mdx', start: 9222, end: 9283, title: 'Hepatitis B Vaccination Time Off Request Form', section: '4.10b', part: P4, order: 4.102,
		summary: 'Attachment 4.10b: the request for agency-paid time off (code OA) for each of the three Hepatitis B injections.' },
	{ file: '4-10-employee-health-dental-life-insurance/attachment-4-10c.mdx', start: 9284, end: 9316, title: 'Tuberculosis Test Time Off Request Form', section: '4.10c', part: P4, order: 4.103,
		summary: 'Attachment 4.10c: the request for agency-paid time off (code OA) for a tuberculosis test, with the result.' },
	{ file: '4-11-deferred-compensation.mdx', start: 9318, end: 9320, title: 'Deferred Compensation Program', section: '4.11', part: P4, order: 4.11,
		summary: "The state's deferred compensation plan: a supplemental, tax-deferred retirement savings program with contributions from $10 a pay period." },
	{ file: '4-12-state-employees-retirement-system.mdx', start: 9322, end: 9348, title: "State Employee's Retirement System", section: '4.12', part: P4, order: 4.12,
		summary: 'SERS membership after probation, disability benefits after 18 months, pension eligibility (age 60 with 8 years, rule of 85, reduced at 55) and retirement workshops.',
		headings: h(2, 'Membership', 'Disability Benefits', 'Pension', 'Workshops') },
	{ file: '4-13-family-and-medical-leave-act/index.mdx', start: 9350, end: 9403, title: 'Family and Medical Leave Act', section: '4.13', part: P4, order: 4.13,
		summary: 'Up to 12 workweeks of unpaid, job-protected leave in a rolling 12 months for birth, adoption, a family member’s or your own serious health condition.' },
	{ file: '4-13-family-and-medical-leave-act/attachment-4-13a.mdx', start: 9404, end: 9465, title: 'Your Rights Under the Family and Medical Leave Act of 1993', section: '4.13a', part: P4, order: 4.131,
		summary: 'Attachment 4.13a: the U.S. Department of Labor notice of employee rights under the FMLA (WH Publication 1420).',
		headings: h(2, 'Reasons For Taking Leave:', 'Advance Notice and Medical Certification:', 'Job Benefits and Protection:', 'Unlawful Acts By Employers:', 'Enforcement:', 'For Additional Information:') },

	{ file: '5-1-collective-bargaining-agreements.mdx', start: 9480, end: 9490, title: 'Collective Bargaining Agreements', section: '5.1', part: P5, order: 5.01,
		summary: 'The AFSCME and INA agreements, the bargaining units within DCFS, and the Personnel Rules that govern non-represented supervisory and management staff.' },
	{ file: '5-2-personnel-files.mdx', start: 9492, end: 9506, title: 'Personnel Files', section: '5.2', part: P5, order: 5.02,
		summary: 'Who keeps official personnel files, what supervisors may keep in their own files, and the right to review both.',
		headings: h(2, "Supervisor's Files") },
	{ file: '5-3-job-descriptions/index.mdx', start: 9508, end: 9518, title: 'Position Descriptions', section: '5.3', part: P5, order: 5.03,
		summary: 'Every position has a position description (CMS 104) listing its essential functions, time weights and required skills; each employee is entitled to a copy.' },
	{ file: '5-3-job-descriptions/attachment-5-3a.mdx', start: 9519, end: 9574, title: 'Position Description', section: '5.3a', part: P5, order: 5.031, forms: ['CMS 104'],
		summary: 'Attachment 5.3a: the Department of Central Management Services position description form (CMS 104).' },
	{ file: '5-4-employee-evaluations/index.mdx', start: 9576, end: 9588, title: 'Employee Evaluations', section: '5.4', part: P5, order: 5.04,
		summary: 'Annual evaluations are a right and a requirement: their purpose, discussing them with the employee, and the CMS-201 MC and CMS-201R forms.' },
	{ file: '5-4-employee-evaluations/attachment-5-4a.mdx', start: 9589, end: 9718, title: 'Merit Compensation and Performance System Evaluation', section: '5.4a', part: P5, order: 5.041, forms: ['CMS 201 MC'],
		summary: 'Attachment 5.4a: the performance evaluation form for merit compensation employees (CMS-201 MC).' },
	{ file: '5-4-employee-evaluations/attachment-5-4b.mdx', start: 9719, end: 9857, title: 'Individual Development and Performance System Evaluation', section: '5.4b', part: P5, order: 5.042, forms: ['CMS 201R'],
		summary: 'Attachment 5.4b: the Individual Development and Performance System evaluation form (CMS-201R) used for all other employees.' },
	{ file: '5-5-safety-rules/index.mdx', start: 9859, end: 9897, title: 'Safety Rules', section: '5.5', part: P5, order: 5.05,
		summary: 'Fire prevention, reporting accidents and unsafe conditions, keys and locks, and reporting automobile accidents within three days.',
		headings: h(2, 'Fire Prevention', 'Accidents/Accident Reports', 'Unsafe Equipment or Conditions', 'Keys and Locks', 'Automobile Accidents') },
	{ file: '5-5-safety-rules/administrative-procedure-16.mdx', start: 9898, end: 11384, title: 'Staff Safety', section: 'Administrative Procedure 16', part: P5, order: 5.051,
		effective: 'August 23, 2002', pt: 'P.T. 2002.24', ap: 16, related: ['5.5', '3.6'],
		summary: 'Administrative Procedures #16 (attachment 5.5a): building security, emergency planning, mail and e-mail handling, threats, fires and natural disasters, and reporting.' },
	{ file: '5-5-safety-rules/administrative-procedure-8.mdx', start: 11385, end: 11612, title: 'DCFS Motor Liability Plan', section: 'Administrative Procedure 8', part: P5, order: 5.052,
		effective: 'September 1, 1997', pt: 'P.T. 97.28', ap: 8, related: ['5.5'],
		summary: 'Administrative Procedures #8 (attachment 5.5b): the state self-insured motor vehicle liability plan and how to report any accident on official business within three days.' },
	{ file: '5-6-traffic-and-parking-regulations/index.mdx', start: 11614, end: 11638, title: 'Traffic and Parking Regulations', section: '5.6', part: P5, order: 5.06,
		summary: "Drivers' responsibilities on state business: a valid license, insurance, seat belts and child seats, safe vehicles, accident reporting, no drugs, alcohol or weapons.",
		headings: h(2, "Driver's Responsibilities") },
	{ file: '5-6-traffic-and-parking-regulations/policy-guide-96-3.mdx', start: 11639, end: 11695, title: 'Employee Parking and Traffic Violations', section: 'Policy Guide 96.3', part: P5, order: 5.061,
		effective: 'February 15, 1996', related: ['5.6'],
		summary: 'Policy Guide 96.3 (attachment 5.6a): the driver pays parking and traffic tickets received in a State vehicle; unpaid fines after 30 days bring discipline and withholding.',
		headings: h(2, 'I. Purpose', 'II. Primary Users', 'III. State Regulations', 'IV. Current Process', 'V. New Policy', 'VI. Filing Instructions') },
	{ file: '5-7-unusual-incident-report/index.mdx', start: 11697, end: 11752, title: 'Unusual Incident Report', section: '5.7', part: P5, order: 5.07,
		summary: 'What counts as an unusual incident involving youth in care, employees or facilities, and filing an Unusual Incident Report with your supervisor (Rule and Procedure 331).' },
	{ file: '5-7-unusual-incident-report/attachment-5-7a.mdx', start: 11753, end: 11875, title: 'Unusual Incident Reporting Form', section: '5.7a', part: P5, order: 5.071,
		summary: 'Attachment 5.7a: the Unusual Incident Reporting form: persons involved, type of incident, narrative, immediate actions and reporter.' },
	{ file: '5-8-definitions-terms-abbreviations.mdx', start: 11877, end: 11970, title: 'Definitions/Terms/Abbreviations', section: '5.8', part: P5, order: 5.08,
		summary: 'Glossary of personnel and child-welfare terms used in the handbook, from Administrative Law Judge and AFSCME to Temporary Assignment and Unfounded Finding.' },
];

function writePages() {
for (const page of PAGES) {
	const body = buildBody(page);
	const { related, forms } = extractRefs(body, page);
	const fm = [
		'---',
		`title: ${yamlString(page.title)}`,
		page.section ? `section: ${yamlString(page.section)}` : null,
		`part: ${yamlString(page.part)}`,
		`order: ${page.order}`,
		'source: employee-handbook',
		page.effective ? `effective: ${yamlString(page.effective)}` : null,
		page.pt ? `pt: ${yamlString(page.pt)}` : null,
		'status: current',
		`summary: ${yamlString(page.summary)}`,
		related.length ? `related: [${related.map(yamlString).join(', ')}]` : null,
		forms.length ? `forms: [${forms.map(yamlString).join(', ')}]` : null,
		'---',
		'',
	].filter((l) => l !== null);
	const path = join(root, 'content', 'handbook', page.file);
	if (existsSync(path) && !force) {
		console.log(`skip (exists): ${page.file}`);
		continue;
	}
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, fm.join('\n') + '\n' + body);
	console.log(`wrote ${page.file}`);
}
}

/** Lower-case words only, so markup, punctuation and blanks do not count. */
function normalise(text) {
	return text
		.toLowerCase()
		.replace(/\$\\frac\{1\}\{2\}\$/g, '½')
		.replace(/[’‘]/g, "'")
		.replace(/[^a-z0-9½'$%#&]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function hastText(node) {
	if (node.type === 'text') return node.value;
	return (node.children ?? []).map(hastText).join(' ');
}

/** Source lines that are conversion artifacts, not handbook text (page headers, image captions…). */
const ARTIFACT = [
	...PAGE_HEADER,
	CONTD,
	/^This image shows a single sheet of white paper/,
	/^UC$/,
	/^Page Number$/,
	/^GEOGRAPHICAL DESCRIPTIONDCPS REGIONLAN NUMBER$/,
	/^Attachment \d\.\d+[a-z]$/,
	/^Chapter \d\.0$/,
];

/** Compile every page with the MDX compiler the site uses, then check each source sentence appears. */
async function check() {
	let text = '';
	let failed = 0;
	for (const page of PAGES) {
		const path = join(root, 'content', 'handbook', page.file);
		const src = readFileSync(path, 'utf8');
		try {
			const tree = await mdxToHast(src);
			const fm = /^---\n([\s\S]*?)\n---/.exec(src)[1];
			text += ` ${page.section ?? ''} ${page.title} . ${fm} ${hastText(tree)}`;
		} catch (error) {
			failed++;
			console.log(`MDX ERROR ${page.file}: ${error.message.split('\n')[0]}`);
		}
	}
	// Chapter pages (the chapter tables of contents) were written by hand after the import.
	for (const file of ['1-for-your-information', '2-hours-and-work-schedules', '4-employee-benefits-and-programs', '5-general-information']) {
		text += ` ${hastText(await mdxToHast(readFileSync(join(root, 'content', 'handbook', file, 'index.mdx'), 'utf8')))}`;
	}
	const haystack = normalise(text);
	const ranges = [[1, 1662], [8221, lines.length]];
	let total = 0;
	const missing = [];
	for (const [a, b] of ranges) {
		for (let n = a; n <= b; n++) {
			const line = lines[n - 1];
			if (!line || ARTIFACT.some((re) => re.test(line.trim()))) continue;
			// Glued list numbers ("alarm2. Call") and glued bold runs are artifacts of the form conversion.
			const cleaned = cleanLine(line).replace(/<[^>]+>/g, ' ').replace(/([a-z)])(\d\.)/g, '$1 $2').replace(/\*\*/g, ' ');
			for (const piece of cleaned.split(/(?<=[.;:?!])\s+|\||☐|☒/)) {
				// List enumerators ("1)", "a.", "- A)") render as list numbering, not text.
				const unit = normalise(piece.replace(/^\s*(-\s+)?(\*\*)?\(?[0-9a-zA-Z]{1,3}[.)](\*\*)?\s+/, ''));
				if (unit.split(' ').length < 3) continue;
				total++;
				if (!haystack.includes(unit)) missing.push(`${n}: ${piece.trim().slice(0, 140)}`);
			}
		}
	}
	for (const m of missing) console.log(`MISSING ${m}`);
	const pct = ((100 * (total - missing.length)) / total).toFixed(2);
	console.log(`${PAGES.length} pages, ${failed} MDX errors; ${total - missing.length}/${total} source sentences present (${pct}%)`);
}

if (process.argv.includes('--check')) await check();
else writePages();
