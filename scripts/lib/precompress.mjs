// Writes a .br and a .gz beside every compressible file of the built site, so the server sends
// compressed bytes without compressing on each request (http-server/portal-handler.ts picks the variant).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats worth compressing. Pagefind's .pf_* fragments and indexes are gzip already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest|wasm|pagefind)$/;

/** Files below this size gain nothing a round trip would notice. */
const MIN_BYTES = 512;

/** Precompresses every file under `dir`; returns how many files and bytes before and after. */
export function precompress(dir) {
	const totals = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
	const walk = (folder) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (COMPRESSIBLE.test(entry.name)) {
				const raw = readFileSync(path);
				if (raw.length < MIN_BYTES) continue;
				const br = brotliCompressSync(raw, {
					params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
				});
				const gz = gzipSync(raw, { level: 9 });
				// A variant that is not smaller is not written (the server then sends the file as it is).
				if (br.length < raw.length) writeFileSync(`${path}.br`, br);
				if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
				totals.files += 1;
				totals.bytes += raw.length;
				totals.brotliBytes += Math.min(br.length, raw.length);
				totals.gzipBytes += Math.min(gz.length, raw.length);
			}
		}
	};
	walk(dir);
	return totals;
}
