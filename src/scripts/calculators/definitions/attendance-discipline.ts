import {
	assessAttendanceDiscipline,
	AttendanceDisciplineInputSchema,
	type AttendanceDisciplineResult,
} from '@rules/discipline/attendance-discipline';
import { defineCalculator } from '../types';
import { day } from '../format';
import { asOfField } from './common';

/** Daily attendance discipline (§3.4, the MOA). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<AttendanceDisciplineResult>({
	name: 'attendance-discipline',
	title: 'Attendance discipline',
	description:
		'From unauthorized absences and late arrivals, or from the step reached and the last action: the offense count, the step on the 12-step track, what comes next, and medical-certification and dock-time limits.',
	sections: ['3.4', '2.1'],
	schema: AttendanceDisciplineInputSchema,
	compute: assessAttendanceDiscipline,
	form: [
		asOfField(),
		{
			kind: 'group',
			legend: 'Current standing (instead of the full history)',
			hint: 'The step reached and the date of the last disciplinary action; then enter only the absences since.',
			fields: [
				{ name: '_standing', label: 'Start from the current standing', kind: 'checkbox' },
				{ name: 'standing.step', label: 'Step reached (1–11)', kind: 'number', min: 1, max: 11, step: '1', onlyIf: '_standing' },
				{ name: 'standing.lastActionOn', label: 'Date of the last disciplinary action', kind: 'date', onlyIf: '_standing' },
			],
		},
		{
			kind: 'rows',
			name: 'unauthorizedAbsences',
			legend: 'Unauthorized absences',
			hint: 'Each day separately. A day without a call-in counts as two offenses.',
			itemLabel: 'Absence',
			initialRows: 1,
			fields: [
				{ name: 'date', label: 'Date', kind: 'date', required: true },
				{ name: 'calledIn', label: 'Called in', kind: 'checkbox' },
			],
		},
		{
			kind: 'rows',
			name: 'lateArrivals',
			legend: 'Late arrivals',
			hint: 'One hour or more after the starting time is an unauthorized absence.',
			itemLabel: 'Late arrival',
			initialRows: 0,
			fields: [
				{ name: 'date', label: 'Date', kind: 'date', required: true },
				{
					name: 'startTime',
					label: 'Starting time',
					kind: 'time',
					required: true,
					initial: '08:30',
				},
				{ name: 'arrivalTime', label: 'Arrival time', kind: 'time', required: true },
				{ name: 'calledIn', label: 'Called in', kind: 'checkbox' },
			],
		},
		{
			name: 'misuseOfTimePractice',
			label: 'A current practice treats absences under half a day as misuse of time (MOA 2)',
			kind: 'checkbox',
		},
		{
			kind: 'group',
			legend: 'Medical certification (sick time exhausted)',
			hint: 'Leave empty unless an absence needs a medical certificate.',
			fields: [
				{
					name: 'medicalCertification.lastAbsenceDate',
					label: 'Last day of the absence',
					kind: 'date',
				},
				{ name: 'medicalCertification.providedOn', label: 'Certificate provided on', kind: 'date' },
			],
		},
		{
			kind: 'group',
			legend: 'Time-off request form after a same-day call-in',
			hint: 'Leave empty unless a call-in needs its request form.',
			fields: [
				{ name: 'callInForm.returnedOn', label: 'Returned to work on', kind: 'date' },
				{ name: 'callInForm.submittedOn', label: 'Form given to the supervisor on', kind: 'date' },
			],
		},
		{
			kind: 'group',
			legend: 'Authorized dock time',
			fields: [
				{ name: '_dockTime', label: 'Check dock-time limits', kind: 'checkbox' },
				{
					name: 'dockTime.lastProofStatusDate',
					label: 'Last day on proof status (if ever)',
					kind: 'date',
					onlyIf: '_dockTime',
				},
			],
		},
		{
			kind: 'rows',
			name: 'dockTime.used',
			onlyIf: '_dockTime',
			legend: 'Dock time already used',
			hint: 'Counted only when “Check dock-time limits” is checked.',
			itemLabel: 'Dock-time day',
			initialRows: 0,
			fields: [
				{ name: 'date', label: 'Date', kind: 'date', required: true },
				{
					name: 'days',
					label: 'Days (a half day is 0.5)',
					kind: 'number',
					min: 0,
					max: 1,
					step: '0.5',
					initial: '1',
				},
			],
		},
	],
	sample: {
		asOf: '2025-03-31',
		unauthorizedAbsences: [
			{ date: '2025-03-03', calledIn: true },
			{ date: '2025-03-10', calledIn: false },
		],
	},
	fileRecord: (r) => r.record,
	status: (r) =>
		r.current
			? [`step ${r.current.step}, ${r.current.action}`, `step ${r.next.withCallIn.step} (${r.next.withCallIn.action}) with a call-in`, `step ${r.next.withoutCallIn.step} (${r.next.withoutCallIn.action}) without`]
			: ['No offense counts in the current progression'],
	present: (r) => ({
		answer: r.current
			? `${r.currentCount} ${r.currentCount === 1 ? 'offense' : 'offenses'} in the current progression: step ${r.current.step}, ${r.current.action}. The next unauthorized absence would be step ${r.next.withCallIn.step} (${r.next.withCallIn.action}) with a call-in, or step ${r.next.withoutCallIn.step} (${r.next.withoutCallIn.action}) without.`
			: 'No offense counts in the current progression.',
		tone: r.current ? 'warn' : 'info',
		facts: [
			...(r.startsOverAfter
				? [
						{
							term: 'Progression starts over',
							detail: `after ${day(r.startsOverAfter)} if no further discipline`,
						},
					]
				: []),
			...(r.consecutiveNoCallInDischargeOn
				? [
						{
							term: 'Discharge (5 consecutive days without call-in)',
							detail: day(r.consecutiveNoCallInDischargeOn),
						},
					]
				: []),
			...(r.medicalCertification
				? [
						{
							term: 'Medical certificate',
							detail: `due by ${day(r.medicalCertification.dueBy)}; unauthorized if not provided by ${day(r.medicalCertification.unauthorizedAfter)} (${r.medicalCertification.status.replace(/-/g, ' ')})`,
						},
					]
				: []),
			...(r.callInForm
				? [
						{
							term: 'Request form',
							detail: `due by ${day(r.callInForm.dueBy)} (${r.callInForm.status.replace(/-/g, ' ')})${r.callInForm.supervisorDecisionBy ? `; the supervisor decides by ${day(r.callInForm.supervisorDecisionBy)}` : ''}`,
						},
					]
				: []),
			...(r.dockTime
				? [
						{
							term: 'Dock time',
							detail: `${r.dockTime.usedDaysInWindow} of 5 days used since ${r.dockTime.windowStart}; ${r.dockTime.eligible ? `${r.dockTime.remainingDays} remaining` : 'no right to authorized dock time'}`,
						},
					]
				: []),
		],
		table: r.offenseDays.length
			? {
					caption: 'Offense days',
					head: ['Date', 'Call-in', 'Offenses', 'Step', 'Action'],
					rows: r.offenseDays.map((o) => [
						o.date,
						o.calledIn ? 'yes' : 'no',
						o.offenseNumbers.join(', '),
						String(o.step),
						o.action,
					]),
				}
			: undefined,
	}),
});
