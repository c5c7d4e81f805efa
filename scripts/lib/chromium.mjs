// Finds Debian's Chromium for the end-to-end tests, installing it with apt-get when missing and
// possible (never a downloaded browser build); otherwise exits with a message saying how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

/** The path of a Chromium executable; installs Debian's package first when it is missing and we are root. */
export function ensureChromium() {
	const found = CANDIDATES.find((p) => existsSync(p));
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	if (isRoot && hasApt) {
		console.log('Chromium is missing: installing Debian\'s chromium package (apt-get install -y chromium)…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
		if (r.status === 0 && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	}
	console.error(
		'The end-to-end tests need Debian\'s Chromium and it is not installed.\n' +
			'Install it with:  sudo apt-get install -y chromium\n' +
			'or point CHROMIUM_PATH at an existing Chromium executable, then run npm test again.',
	);
	process.exit(1);
}
