import { citationHref } from '@rules/citations';
import { z } from '@rules/zod-mini';
import { CALCULATORS, type CalculatorDefinition } from './calculators';

/** One rule as GET /api/rules/ documents it: what it answers, where it comes from, how to call it. */
export interface RuleDoc {
	name: string;
	title: string;
	description: string;
	sections: { section: string; href: string }[];
	/** The calculator page in the browser. */
	page: string;
	/** POST a JSON body here. */
	endpoint: string;
	/** The input, as JSON Schema (draft 2020-12) generated from the rule's own zod schema. */
	inputSchema: Record<string, unknown>;
	/** A valid request and the answer it gets, computed now by the same rule. */
	example: { request: Record<string, unknown>; response: unknown };
}

/**
 * The JSON Schema of a rule's input, as the caller sends it (`io: 'input'`: before defaults and
 * transforms). Checks that JSON Schema cannot express (a real calendar date, a field that depends on
 * another) stay with the rule, which answers 400 naming the field.
 */
export function inputJsonSchema(calculator: Pick<CalculatorDefinition, 'schema'>): Record<string, unknown> {
	return z.toJSONSchema(calculator.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** Every rule of the registry, documented for an HR system that integrates without reading the code. */
export function rulesIndex(): RuleDoc[] {
	return CALCULATORS.map((c) => ({
		name: c.name,
		title: c.title,
		description: c.description,
		sections: c.sections.map((section) => ({ section, href: citationHref(section) })),
		page: `/tools/${c.name}/`,
		endpoint: `/api/rules/${c.name}`,
		inputSchema: inputJsonSchema(c),
		example: { request: c.sample, response: JSON.parse(JSON.stringify(c.compute(c.sample))) as unknown },
	}));
}
