import { execFileSync } from 'node:child_process';
import type { Git } from './release';

/** The release's view of git, run in the content folder (the repository's, or the fixture's temporary one). */
export function gitIn(contentDir: string): Git {
	const git = (...args: string[]) => execFileSync('git', ['-C', contentDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	return {
		hasCommit: (commit) => {
			try {
				git('cat-file', '-e', `${commit}^{commit}`);
				return true;
			} catch {
				return false;
			}
		},
		show: (commit, path) => git('show', `${commit}:./${path}`),
		head: () => git('rev-parse', 'HEAD').trim(),
		contentIsDirty: () => git('status', '--porcelain', '--', '.').trim() !== '',
	};
}
