import type { CalculatorDefinition } from './types';

/**
 * Loads an embedded calculator's code on first use: the section page ships only this file, and on
 * the first focus, pointer press or submit inside a [data-calculator] it imports the rule and the
 * runtime. Until then the form is a plain GET form to /tools/<name>/. Browser only.
 */

/** Every calculator of the registry (src/lib/calculators.ts), by slug: a test checks they agree. */
export const DEFINITIONS: Record<string, () => Promise<{ default: CalculatorDefinition }>> = {
	holidays: () => import('./definitions/holidays'),
	workdays: () => import('./definitions/workdays'),
	'hours-deadline': () => import('./definitions/hours-deadline'),
	vacation: () => import('./definitions/vacation'),
	'vacation-lump-sum': () => import('./definitions/vacation-lump-sum'),
	'holidays-in-vacation': () => import('./definitions/holidays-in-vacation'),
	'holiday-pay': () => import('./definitions/holiday-pay'),
	sick: () => import('./definitions/sick'),
	'sick-use': () => import('./definitions/sick-use'),
	'sick-payout': () => import('./definitions/sick-payout'),
	'sick-leave-bank': () => import('./definitions/sick-leave-bank'),
	'personal-payout': () => import('./definitions/personal-payout'),
	personal: () => import('./definitions/personal'),
	'time-use': () => import('./definitions/time-use'),
	'comp-time': () => import('./definitions/comp-time'),
	'court-discipline': () => import('./definitions/court-discipline'),
	'attendance-discipline': () => import('./definitions/attendance-discipline'),
	gifts: () => import('./definitions/gifts'),
	'economic-interests': () => import('./definitions/economic-interests'),
	training: () => import('./definitions/training'),
};

const loading = new WeakMap<HTMLElement, Promise<((focus: boolean) => void) | null>>();

/** Imports and mounts the calculator of one container (once); null when its name is unknown. */
function load(container: HTMLElement): Promise<((focus: boolean) => void) | null> {
	let pending = loading.get(container);
	if (!pending) {
		const loader = DEFINITIONS[container.dataset.calculator ?? ''];
		pending = loader
			? Promise.all([loader(), import('./runtime')]).then(([definition, runtime]) =>
					runtime.mountCalculator(definition.default, container, { ownsUrl: false }),
				)
			: Promise.resolve(null);
		loading.set(container, pending);
	}
	return pending;
}

/** Arms every embedded calculator on the page: nothing is fetched until one is used. */
export function armCalculators(): void {
	for (const container of document.querySelectorAll<HTMLElement>('[data-calculator][data-lazy]')) {
		const start = () => void load(container);
		container.addEventListener('focusin', start, { once: true });
		container.addEventListener('pointerdown', start, { once: true });
		// A click on "Add row" or a submit that comes before the code is in is replayed once it is.
		const early = (event: Event) => {
			if (container.dataset.ready === 'true') return;
			const target = event.target as HTMLElement;
			const isSubmit = event.type === 'submit';
			if (!isSubmit && !target.closest('[data-add-row], [data-remove-row], [data-print], [data-print-record]')) return;
			event.preventDefault();
			event.stopImmediatePropagation();
			void load(container).then(
				(compute) => {
					if (!compute)
						return (container.querySelector('form') as HTMLFormElement | null)?.submit();
					if (isSubmit) compute(true);
					else target.click();
				},
				() => (container.querySelector('form') as HTMLFormElement | null)?.submit(),
			);
		};
		container.addEventListener('click', early, true);
		container.addEventListener('submit', early, true);
	}
}
