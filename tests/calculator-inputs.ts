import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../rules/dates';
import { holidaysInYear } from '../rules/calendar/holidays';

/**
 * One fast-check arbitrary of valid input per calculator, keyed by its slug: the benchmark times the
 * rules on them and tests/site/calculator-headlines.test.ts checks every headline against its steps.
 */

const FIRST_DAY = toDayNumber('1990-01-01');
const LAST_DAY = toDayNumber('2035-12-31');
const dayNumber = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const date = dayNumber.map(fromDayNumber);
const time = fc
	.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
	.map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
/** A date `back` days or fewer before a day number. */
const before = (day: number, back: number) =>
	fc.integer({ min: 0, max: back }).map((d) => fromDayNumber(day - d));
const status = fc.constantFrom(
	'regular',
	'regular',
	'regular',
	'intermittent',
	'emergency',
	'per-diem',
	'temporary',
);
const flags = <K extends string>(keys: readonly K[]) =>
	fc.record(
		Object.fromEntries(keys.map((k) => [k, fc.boolean()])) as Record<K, fc.Arbitrary<boolean>>,
	);

/** One arbitrary of valid input per calculator. */
export const CALCULATOR_INPUTS: Record<string, fc.Arbitrary<unknown>> = {
	holidays: fc.record({ year: fc.integer({ min: 1900, max: 2199 }) }),
	workdays: fc.record({
		date,
		workdays: fc.integer({ min: 0, max: 60 }),
		direction: fc.constantFrom('add', 'subtract'),
	}),
	'hours-deadline': fc.record({ date, time, hours: fc.integer({ min: 1, max: 240 }) }),
	'time-use': fc.record({
		kind: fc.constantFrom('vacation', 'sick', 'personal', 'compensatory', 'holiday'),
		amount: fc.oneof(
			fc.record({
				unit: fc.constant('hours'),
				hours: fc.integer({ min: 1, max: 40 * 4 }).map((q) => q / 4),
			}),
			fc.record({
				unit: fc.constant('half-day'),
				halfDay: fc.constantFrom('3:30', '3:45', '4:00'),
			}),
			fc.record({ unit: fc.constant('days'), days: fc.integer({ min: 1, max: 20 }) }),
		),
		context: fc.constantFrom('ordinary', 'inclement-weather'),
		supervisorGrantsHalfHours: fc.boolean(),
	}),
	'comp-time': dayNumber.chain((earned) =>
		fc.record(
			{
				earnedOn: fc.constant(fromDayNumber(earned)),
				asOf: fc.integer({ min: earned, max: earned + 500 }).map(fromDayNumber),
				bargainingUnit: fc.constantFrom('RC-10', 'RC-62', 'RC-23', 'RC-6'),
				scheduledOn: fc.integer({ min: earned, max: earned + 400 }).map(fromDayNumber),
				useHours: fc.integer({ min: 0, max: 32 }).map((q) => q / 4),
				unusedHours: fc.integer({ min: 0, max: 400 }).map((q) => q / 4),
				hourlyRateCents: fc.integer({ min: 1_500, max: 9_000 }),
			},
			{ requiredKeys: ['earnedOn', 'asOf'] },
		),
	),
	vacation: dayNumber.chain((start) =>
		fc.record({
			serviceStart: fc.constant(fromDayNumber(start)),
			asOf: fc.integer({ min: start, max: LAST_DAY }).map(fromDayNumber),
			projectionYears: fc.integer({ min: 1, max: 5 }),
		}),
	),
	'vacation-lump-sum': dayNumber.chain((start) =>
		fc.record({
			serviceStart: fc.constant(fromDayNumber(start)),
			separationDate: fc.integer({ min: start, max: LAST_DAY }).map(fromDayNumber),
			reason: fc.constantFrom('termination', 'death'),
			unusedHours: fc.integer({ min: 0, max: 1_000 }),
			hourlyRateCents: fc.integer({ min: 1_500, max: 9_000 }),
		}),
	),
	'holiday-pay': fc.record(
		{
			holidayDate: fc.tuple(fc.integer({ min: 1991, max: 2034 }), fc.nat()).map(([year, i]) => {
				const list = holidaysInYear(year);
				return list[i % list.length]!.observedDate;
			}),
			workedDayBefore: fc.boolean(),
			workedDayAfter: fc.boolean(),
			exceptionApproved: fc.boolean(),
		},
		{ requiredKeys: ['holidayDate'] },
	),
	'holidays-in-vacation': dayNumber.chain((start) =>
		fc.record({
			vacationStart: fc.constant(fromDayNumber(start)),
			vacationEnd: fc.integer({ min: start, max: start + 30 }).map(fromDayNumber),
		}),
	),
	'sick-use': fc.record(
		{
			purpose: fc.constantFrom('family-illness', 'family-death'),
			relationship: fc.constantFrom('spouse', 'mother', 'grandparent', 'parent-in-law', 'sibling-in-law', 'other-relative', 'not-related'),
			livesInHousehold: fc.boolean(),
			hours: fc.integer({ min: 1, max: 48 }).map((h) => h / 2),
			halfHourSteps: fc.boolean(),
		},
		{ requiredKeys: ['purpose', 'relationship', 'hours'] },
	),
	// Service from before 1984, so every count up to 100 fits the 168 months of the 1984–1997 window.
	'sick-payout': fc
		.integer({ min: toDayNumber('1970-01-01'), max: toDayNumber('1983-12-31') })
		.chain((start) =>
			fc.record({
				serviceStart: fc.constant(fromDayNumber(start)),
				separationDate: fc.integer({ min: start, max: LAST_DAY }).map(fromDayNumber),
				reason: fc.constantFrom('termination', 'death'),
				unusedDaysEarned1984To1997: fc.integer({ min: 0, max: 100 }),
				dailyPayCents: fc.integer({ min: 10_000, max: 60_000 }),
			}),
		),
	'sick-leave-bank': fc
		.tuple(dayNumber, fc.integer({ min: 0, max: 200 }))
		.chain(([start, accumulated]) =>
			fc.record(
				{
					schedule: fc.constantFrom('full-time', 'part-time'),
					serviceStart: fc.constant(fromDayNumber(start)),
					asOf: fc.integer({ min: start, max: start + 3000 }).map(fromDayNumber),
					accumulatedSickDays: fc.constant(accumulated),
					donationDays: fc.integer({ min: 0, max: Math.min(5, accumulated) }),
				},
				{ requiredKeys: ['schedule', 'serviceStart', 'asOf', 'accumulatedSickDays'] },
			),
		),
	'personal-payout': fc.record({
		reason: fc.constantFrom('death', 'disability', 'retirement', 'other'),
		unusedHours: fc.integer({ min: 0, max: 120 }).map((q) => q / 4),
		dailyPayCents: fc.integer({ min: 10_000, max: 60_000 }),
	}),
	sick: dayNumber.chain((start) =>
		fc.record({
			serviceStart: fc.constant(fromDayNumber(start)),
			asOf: fc.integer({ min: start, max: LAST_DAY }).map(fromDayNumber),
			status,
		}),
	),
	personal: fc.integer({ min: 1991, max: 2035 }).chain((year) =>
		fc.record({
			year: fc.constant(year),
			startDate: before(toDayNumber(`${year}-12-31`), 9000),
			status,
			sickHoursUsedPreviousYear: fc.integer({ min: 0, max: 300 }),
			asOf: date,
		}),
	),
	'court-discipline': dayNumber.chain((asOf) =>
		fc.record({
			asOf: fc.constant(fromDayNumber(asOf)),
			missedHearings: fc.array(
				fc.record(
					{
						date: before(asOf, 1500),
						facts: fc.option(
							fc.record(
								{
									excusedBySignedOrder: fc.boolean(),
									onApprovedTimeOff: fc.boolean(),
									toldSupervisorInWriting: fc.boolean(),
								},
								{ requiredKeys: [] },
							),
							{ nil: undefined, freq: 3 },
						),
						otherReasonAccepted: fc.option(fc.constant('Accepted by management'), {
							nil: undefined,
							freq: 6,
						}),
					},
					{ requiredKeys: ['date'] },
				),
				{ maxLength: 8 },
			),
		}),
	),
	'attendance-discipline': dayNumber.chain((asOf) =>
		fc.uniqueArray(fc.integer({ min: 0, max: 1200 }), { maxLength: 10 }).chain((offsets) =>
			fc.record({
				asOf: fc.constant(fromDayNumber(asOf)),
				unauthorizedAbsences: fc.tuple(
					...offsets
						.slice(0, 7)
						.map((o) =>
							fc.record({ date: fc.constant(fromDayNumber(asOf - o)), calledIn: fc.boolean() }),
						),
				),
				lateArrivals: fc.tuple(
					...offsets.slice(7).map((o) =>
						fc.record({
							date: fc.constant(fromDayNumber(asOf - o)),
							startTime: fc.constant('08:30'),
							arrivalTime: time,
							calledIn: fc.boolean(),
						}),
					),
				),
				misuseOfTimePractice: fc.boolean(),
			}),
		),
	),
	gifts: dayNumber.chain((asOf) =>
		fc.record({
			asOf: fc.constant(fromDayNumber(asOf)),
			receivedOn: before(asOf, 60),
			valueCents: fc.integer({ min: 0, max: 50_000 }),
			sourceName: fc.constantFrom('Acme Youth Services', 'A friend', 'County Court'),
			kind: fc.constantFrom(
				'event-token',
				'public-service-award',
				'honorarium',
				'food-or-refreshments',
				'other',
			),
			onPremisesOrCatered: fc.boolean(),
			prohibitedSource: flags([
				'seeksOfficialAction',
				'doesBusiness',
				'regulated',
				'interestsAffected',
				'registeredLobbyist',
				'agentOrFamilyOfProhibitedSource',
			]),
			agency: flags([
				'sourceInRule437Scope',
				'underDecisionMakingAuthority',
				'mightInfluenceDuties',
			]),
		}),
	),
	'economic-interests': fc
		.integer({ min: 1991, max: 2035 })
		.chain((year) =>
			fc.record(
				{
					asOf: fc
						.integer({ min: toDayNumber(`${year}-01-01`), max: toDayNumber(`${year}-12-31`) })
						.map(fromDayNumber),
					filingYear: fc.constant(year),
					criteria: flags([
						'headOfUnit',
						'contracts',
						'rulemaking',
						'professionalLicenses',
						'financialInspection',
						'adjudication',
						'supervisesTwentyOrMore',
					]),
					executiveOrder3: fc.boolean(),
					filedOn: fc.constantFrom(
						`${year}-01-02`,
						`${year}-04-20`,
						`${year}-05-01`,
						`${year}-05-10`,
					),
				},
				{ requiredKeys: ['asOf', 'filingYear', 'criteria', 'executiveOrder3'] },
			),
		)
		.filter(
			(input) =>
				(input as { filedOn?: string; asOf: string }).filedOn === undefined ||
				(input as { filedOn: string }).filedOn <= (input as { asOf: string }).asOf,
		),
	training: fc.integer({ min: 1995, max: 2034 }).chain((year) =>
		fc.record({
			asOf: fc
				.integer({ min: toDayNumber(`${year}-01-01`), max: toDayNumber(`${year + 1}-12-31`) })
				.map(fromDayNumber),
			startDate: before(toDayNumber(`${year}-12-31`), 4000),
			trainingPeriods: fc.constant([
				{ start: `${year}-01-01`, end: `${year}-12-31` },
				{ start: `${year + 1}-01-01`, end: `${year + 1}-12-31` },
			]),
			completions: fc.array(
				fc.record({
					training: fc.constantFrom('ethics', 'sexual-harassment'),
					date: fc
						.integer({ min: toDayNumber(`${year}-01-01`), max: toDayNumber(`${year + 1}-12-31`) })
						.map(fromDayNumber),
				}),
				{ maxLength: 3 },
			),
		}),
	),
};
