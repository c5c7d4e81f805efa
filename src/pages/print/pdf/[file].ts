import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { editions } from '@lib/editions/site';
import { pdfPath, printDir } from '@lib/server/print-files';

export const prerender = false;

/** A printed edition's PDF, by the name `npm run edition:pdf` gives it; anything else is 404. */
export const GET: APIRoute = async ({ params }) => {
	const file = params.file ?? '';
	const path = pdfPath(printDir(), editions.editions, file);
	if (!path) return new Response('There is no PDF with this name.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
	return new Response(await readFile(path), {
		headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${file}"`, 'Cache-Control': 'no-cache' },
	});
};
