// Finds a program the tests need from a Debian package, installing the package with apt-get when it
// is missing and that is possible (root with apt); otherwise exits with a message saying how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/**
 * The path of the first existing candidate; installs `pkg` first when none exists and we are root.
 * @param {{ pkg: string, candidates: (string | undefined)[], purpose: string, override?: string }} tool
 */
export function ensureDebianTool({ pkg, candidates, purpose, override }) {
	const paths = candidates.filter(Boolean);
	const found = paths.find((p) => existsSync(p));
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	if (isRoot && hasApt) {
		console.log(`${purpose} is missing: installing Debian's ${pkg} package (apt-get install -y ${pkg})…`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		const r = spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env });
		const installed = paths.find((p) => existsSync(p));
		if (r.status === 0 && installed) return installed;
	}
	console.error(
		`The end-to-end tests need ${purpose} (Debian's ${pkg}) and it is not installed.\n` +
			`Install it with:  sudo apt-get install -y ${pkg}\n` +
			(override ? `or point ${override} at an existing executable, then run npm test again.` : 'then run npm test again.'),
	);
	process.exit(1);
}
