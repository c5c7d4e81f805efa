export interface DocumentCoverage {
	seed: string;
	name: string;
	dirs: string[];
	ratio: number;
	missing: string[];
	passages: number;
}
export function measureCoverage(options: { seedsDir: string; distDir: string }): DocumentCoverage[];
export function normalizeText(text: string): string;
export function coverage(sourceText: string, corpus: string): { ratio: number; missing: string[]; passages: number };
