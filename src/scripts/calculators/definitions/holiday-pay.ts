import { HOLIDAY_PAY_DECISIONS, holidayPay, HolidayPayInputSchema, type HolidayPayResult } from '@rules/calendar/holiday-pay';
import { defineCalculator, isNotApplicable } from '../types';
import { day } from '../format';
import { extraHolidayRows } from './common';

/** Holiday pay: the scheduled workdays before and after a holiday (§2.7). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<HolidayPayResult>({
	name: 'holiday-pay',
	title: 'Holiday pay',
	description:
		'Which workdays you must work around a holiday to be paid for it, and whether you are.',
	sections: ['2.7'],
	schema: HolidayPayInputSchema,
	compute: holidayPay,
	form: [
		{ name: 'holidayDate', label: 'Observed date of the holiday', kind: 'date', required: true },
		{
			name: 'workedDayBefore',
			label: 'Worked the last scheduled workday before it',
			kind: 'yes-no',
		},
		{
			name: 'workedDayAfter',
			label: 'Worked the first scheduled workday after it',
			kind: 'yes-no',
		},
		{ name: 'dayNotWorkedWasApprovedLeave', label: 'A day not worked was approved leave (vacation, sick, personal or comp time)', kind: 'checkbox' },
		{ name: 'exceptionApproved', label: 'The supervisor approved an exception', kind: 'checkbox' },
		extraHolidayRows(),
	],
	sample: {
		holidayDate: '2025-11-27',
		workedDayBefore: true,
		workedDayAfter: true,
		exceptionApproved: false,
		dayNotWorkedWasApprovedLeave: false,
	},
	status: (r) => [
		isNotApplicable(r.eligible) ? r.eligible.reason : HOLIDAY_PAY_DECISIONS[r.decidedBy!],
	],
	present: (r) => ({
		answer: isNotApplicable(r.eligible)
			? `Work ${day(r.lastWorkdayBefore)} and ${day(r.firstWorkdayAfter)} to be paid for ${r.holidayNames.join(' and ') || 'the holiday'}. ${r.eligible.reason}`
			: r.eligible
				? `Paid for ${r.holidayNames.join(' and ') || 'the holiday'}: ${r.decidedBy ? HOLIDAY_PAY_DECISIONS[r.decidedBy] : ''}.`
				: r.exceptionNeeded
					? `Paid for ${r.holidayNames.join(' and ') || 'the holiday'} only if the supervisor approves the exception: the workdays around it (${day(r.lastWorkdayBefore)} and ${day(r.firstWorkdayAfter)}) were not both worked, and approved leave is what the §2.7 exception is for.`
					: `Not paid for ${r.holidayNames.join(' and ') || 'the holiday'}: the workdays around it (${day(r.lastWorkdayBefore)} and ${day(r.firstWorkdayAfter)}) were not both worked, and no exception was approved.`,
		tone: isNotApplicable(r.eligible) || r.exceptionNeeded ? 'info' : r.eligible ? 'ok' : 'warn',
		facts: [
			{ term: 'Last scheduled workday before', detail: day(r.lastWorkdayBefore) },
			{ term: 'First scheduled workday after', detail: day(r.firstWorkdayAfter) },
		],
	}),
});
