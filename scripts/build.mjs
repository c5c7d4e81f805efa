#!/usr/bin/env node
// `npm run build`: the Astro build, the Pagefind index over the prerendered pages, then a brotli and
// a gzip copy of every compressible static file. DIST_DIR moves the output (default dist/), so two
// builds on one machine need not collide.
import { spawnSync } from 'node:child_process';
import { precompress } from './lib/precompress.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
for (const [cmd, args] of [
	['astro', ['build']],
	['pagefind', ['--site', `${dist}/client`]],
]) {
	const r = spawnSync(cmd, args, { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
const t0 = performance.now();
const { files, bytes, brotliBytes, gzipBytes } = precompress(`${dist}/client`);
const kB = (n) => `${(n / 1024).toFixed(0)} kB`;
console.log(`Precompressed ${files} files in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${kB(bytes)} → brotli ${kB(brotliBytes)}, gzip ${kB(gzipBytes)}`);
