// Debian's Chromium for the end-to-end tests (never a downloaded browser build).
import { ensureDebianTool } from './debian.mjs';

/** The path of a Chromium executable; installs Debian's package first when it is missing and we are root. */
export function ensureChromium() {
	return ensureDebianTool({
		pkg: 'chromium',
		candidates: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
		purpose: "Debian's Chromium",
		override: 'CHROMIUM_PATH',
	});
}

/** The path of pdftotext (poppler-utils), which reads back the PDFs Chromium prints in the tests. */
export function ensurePdfTools() {
	return ensureDebianTool({
		pkg: 'poppler-utils',
		candidates: [process.env.PDFTOTEXT_PATH, '/usr/bin/pdftotext'],
		purpose: 'pdftotext and pdfinfo',
		override: 'PDFTOTEXT_PATH',
	});
}
