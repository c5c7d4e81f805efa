import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import { EditionError, EditionSchema, parseEditionsFile, type Edition } from './edition-file';
import { hashText, manifestHash, normalizeText, type Manifest } from './manifest';
import { editionsFile, frozenFile, liveManifest, manifestChanges, manifestFile, readManifest } from './store';

/**
 * Releasing an edition (`npm run edition:release`): the live content becomes the new current
 * edition. The texts the previous edition had for the pages that changed or went are read from the
 * previous release's commit and frozen in content/editions/<previous>/, so later builds need no
 * git history. Git is reached only through `git`, so tests can run this on a temporary repository.
 */

export interface Git {
	/** Whether the commit exists. */
	hasCommit(commit: string): boolean;
	/** A file's text at a commit, path relative to the content folder. */
	show(commit: string, pathInContent: string): string;
	/** The commit the release is made from (HEAD). */
	head(): string;
	/** Whether the content folder has uncommitted changes. */
	contentIsDirty(): boolean;
}

export type ReleaseInput = Pick<Edition, 'id' | 'date' | 'title' | 'summary'>;

export interface ReleaseResult {
	edition: Edition;
	added: string[];
	removed: string[];
	changed: string[];
	/** Files written below content/editions/. */
	frozen: string[];
}

const HEADER = `# Editions of the content, oldest first; the last is current. Written by \`npm run edition:release\`:
# each hash is the SHA-256 of content/editions/<id>.json, the manifest of every page's text. Edit the
# title and summary freely; never the id, date, hash or commit of a released edition.
`;

export function releaseEdition(contentDir: string, input: ReleaseInput, git: Git): ReleaseResult {
	if (git.contentIsDirty()) throw new EditionError('the content folder has uncommitted changes: commit them first, so the release names a commit that holds its texts');
	const yamlPath = editionsFile(contentDir);
	const earlier = existsSync(yamlPath) ? parseEditionsFile(readFileSync(yamlPath, 'utf8')) : [];
	const live = liveManifest(contentDir);
	const head = git.head();
	const candidate = EditionSchema.safeParse({ ...input, hash: manifestHash(live), commit: head });
	if (!candidate.success) throw new EditionError(`the new edition ${input.id}: ${candidate.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	const edition = candidate.data;
	const previous = earlier.at(-1);
	let changes = { added: Object.keys(live).sort(), removed: [] as string[], changed: [] as string[] };
	const frozen: string[] = [];
	if (previous) {
		if (earlier.some((e) => e.id === edition.id)) throw new EditionError(`the new edition ${edition.id}: the id is already used`);
		if (edition.date < previous.date) throw new EditionError(`the new edition ${edition.id}: date ${edition.date} is before edition ${previous.id} (${previous.date})`);
		const before = readManifest(contentDir, previous);
		changes = manifestChanges(before, live);
		if (changes.added.length + changes.removed.length + changes.changed.length === 0) throw new EditionError(`nothing changed since edition ${previous.id}`);
		if (!previous.commit) throw new EditionError(`edition ${previous.id} records no commit, so its texts of the changed pages cannot be frozen`);
		if (!git.hasCommit(previous.commit)) throw new EditionError(`edition ${previous.id}: commit ${previous.commit} does not exist in this repository (a shallow clone? fetch the history first)`);
		for (const path of [...changes.changed, ...changes.removed]) {
			const text = normalizeText(git.show(previous.commit, path));
			if (hashText(text) !== before[path]) throw new EditionError(`edition ${previous.id}: ${path} at commit ${previous.commit} is not the released text`);
			const target = frozenFile(contentDir, previous.id, path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, text);
			frozen.push(target);
		}
	}
	writeManifest(contentDir, edition.id, live);
	writeFileSync(yamlPath, HEADER + stringify({ editions: [...earlier, edition] }, { lineWidth: 0 }));
	return { edition, ...changes, frozen };
}

function writeManifest(contentDir: string, id: string, manifest: Manifest) {
	const file = manifestFile(contentDir, id);
	mkdirSync(dirname(file), { recursive: true });
	const sorted = Object.fromEntries(Object.keys(manifest).sort().map((k) => [k, manifest[k]]));
	writeFileSync(file, `${JSON.stringify({ edition: id, files: sorted }, null, '\t')}\n`);
}
