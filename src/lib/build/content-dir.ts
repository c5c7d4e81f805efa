import { resolve } from 'node:path';

/** The content folder a build reads: content/, or CONTENT_DIR (the editions test builds a fixture with a second edition). */
export const CONTENT_DIR = resolve(process.env.CONTENT_DIR ?? 'content');
