import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { EditionError, parseEditionsFile, type Edition } from './edition-file';
import { EDITION_COLLECTIONS, hashText, manifestHash, normalizeText, splitPath, type Manifest } from './manifest';

/**
 * Reads the editions of a content folder and checks them. The current edition is the live
 * content/ folder; an earlier edition's text of a page lives, once, in content/editions/<id>/ —
 * in the folder of the last edition that had that text — and is found by walking forward from the
 * edition asked for. Every text is checked against its manifest, so a build stops rather than show
 * an edition that is not what was released.
 */

/** One version of a page: the text it had in one or more consecutive editions. */
export interface PageVersion {
	/** Editions that carry this exact text, oldest first. */
	editions: string[];
	hash: string;
	title: string;
	section?: string | undefined;
	/** Where the text is: the edition folder that freezes it, or undefined for the live content/. */
	frozenIn?: string | undefined;
}

/** A page across editions: its versions, oldest first. */
export interface PageHistory {
	/** "handbook/2-3-vacation" */
	key: string;
	collection: string;
	id: string;
	/** Path of the file below its collection folder ("2-3-vacation.mdx"). */
	file: string;
	versions: PageVersion[];
}

export interface EditionsData {
	/** Oldest first; the last is current. */
	editions: Edition[];
	current: Edition;
	pages: PageHistory[];
	/** The text of every version of every page that changed between editions, by hash. */
	texts: Record<string, string>;
}

/** Every page file below a content folder's collections, with the hash of its text. */
export function liveManifest(contentDir: string): Manifest {
	const manifest: Manifest = {};
	for (const collection of EDITION_COLLECTIONS) {
		const base = join(contentDir, collection);
		if (!existsSync(base)) continue;
		for (const file of walk(base)) manifest[`${collection}/${relative(base, file).replace(/\\/g, '/')}`] = hashText(readFileSync(file, 'utf8'));
	}
	return manifest;
}

function* walk(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(full);
		else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) yield full;
	}
}

export function editionsFile(contentDir: string): string {
	return join(contentDir, 'editions.yaml');
}
export function manifestFile(contentDir: string, editionId: string): string {
	return join(contentDir, 'editions', `${editionId}.json`);
}
export function frozenFile(contentDir: string, editionId: string, path: string): string {
	return join(contentDir, 'editions', editionId, path);
}

export function readManifest(contentDir: string, edition: Edition): Manifest {
	const file = manifestFile(contentDir, edition.id);
	if (!existsSync(file)) throw new EditionError(`edition ${edition.id}: its manifest ${relative(process.cwd(), file)} is missing`);
	let manifest: Manifest;
	try {
		manifest = (JSON.parse(readFileSync(file, 'utf8')) as { files: Manifest }).files;
	} catch (error) {
		throw new EditionError(`edition ${edition.id}: its manifest is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
	}
	const actual = manifestHash(manifest);
	if (actual !== edition.hash)
		throw new EditionError(`edition ${edition.id}: editions.yaml says its hash is ${edition.hash}, but its manifest hashes to ${actual}; the manifest was changed after the release`);
	return manifest;
}

/** The differences between two manifests, by file path. */
export function manifestChanges(from: Manifest, to: Manifest): { added: string[]; removed: string[]; changed: string[] } {
	const added = Object.keys(to).filter((p) => !(p in from));
	const removed = Object.keys(from).filter((p) => !(p in to));
	const changed = Object.keys(to).filter((p) => p in from && from[p] !== to[p]);
	return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}

/** Title and section from a page's frontmatter. */
export function pageHeading(text: string): { title: string; section?: string | undefined } {
	const block = /^---\n([\s\S]*?)\n---/.exec(normalizeText(text))?.[1] ?? '';
	const fm = (parse(block) ?? {}) as { title?: unknown; section?: unknown };
	return { title: String(fm.title ?? ''), section: fm.section === undefined ? undefined : String(fm.section) };
}

/** Loads and checks every edition of a content folder. Throws EditionError naming the entry or file. */
export function loadEditions(contentDir: string): EditionsData {
	const yamlFile = editionsFile(contentDir);
	if (!existsSync(yamlFile)) throw new EditionError(`${relative(process.cwd(), yamlFile)} is missing: release the first edition with \`npm run edition:release\``);
	const editions = parseEditionsFile(readFileSync(yamlFile, 'utf8'), relative(process.cwd(), yamlFile) || 'editions.yaml');
	const manifests = editions.map((e) => readManifest(contentDir, e));
	const current = editions.at(-1)!;
	const live = liveManifest(contentDir);
	const unreleased = manifestChanges(manifests.at(-1)!, live);
	if (unreleased.added.length + unreleased.removed.length + unreleased.changed.length > 0) {
		const list = (label: string, paths: string[]) => (paths.length ? ` ${label}: ${paths.join(', ')}.` : '');
		throw new EditionError(
			`the content differs from the current edition ${current.id}:${list('changed', unreleased.changed)}${list('added', unreleased.added)}${list('removed', unreleased.removed)} Release a new edition with \`npm run edition:release\` (or undo the change).`,
		);
	}

	const texts = new Map<string, string>();
	/** The text of `path` as edition `index` had it: the first frozen copy from that edition on, else the live file. */
	function textAt(index: number, path: string): { text: string; frozenIn?: string } {
		for (let j = index; j < editions.length - 1; j += 1) {
			const file = frozenFile(contentDir, editions[j]!.id, path);
			if (existsSync(file)) return { text: normalizeText(readFileSync(file, 'utf8')), frozenIn: editions[j]!.id };
		}
		return { text: normalizeText(readFileSync(join(contentDir, path), 'utf8')) };
	}

	const byPath = new Map<string, PageHistory>();
	editions.forEach((edition, index) => {
		for (const [path, hash] of Object.entries(manifests[index]!)) {
			const { collection, file, id } = splitPath(path);
			let page = byPath.get(path);
			if (!page) byPath.set(path, (page = { key: `${collection}/${id}`, collection, id, file, versions: [] }));
			const last = page.versions.at(-1);
			if (last && last.hash === hash && last.editions.at(-1) === editions[index - 1]?.id) {
				last.editions.push(edition.id);
				continue;
			}
			const found = textAt(index, path);
			if (hashText(found.text) !== hash)
				throw new EditionError(
					`edition ${edition.id}: the text of ${path} is not the released one (expected SHA-256 ${hash}${found.frozenIn ? `, found a different text in content/editions/${found.frozenIn}/` : ' and no frozen copy in content/editions/'})`,
				);
			texts.set(hash, found.text);
			page.versions.push({ editions: [edition.id], hash, ...pageHeading(found.text), frozenIn: found.frozenIn });
		}
	});
	const pages = [...byPath.values()].sort((a, b) => a.key.localeCompare(b.key));
	// Only texts that differ somewhere are kept: the rest is the live content the site already renders.
	const kept: Record<string, string> = {};
	for (const page of pages) {
		const inEvery = page.versions.length === 1 && page.versions[0]!.editions.length === editions.length;
		if (!inEvery) for (const v of page.versions) kept[v.hash] = texts.get(v.hash)!;
	}
	return { editions, current, pages, texts: kept };
}
