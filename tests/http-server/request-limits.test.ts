import type { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { MAX_BODY_BYTES, refuseRequest } from '../../http-server/request-limits.ts';

const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers }) as unknown as IncomingMessage;
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('requests refused before any route runs, each with its reason', () => {
	test.each([
		['GET page', request('GET', '/handbook/'), undefined],
		['POST form', request('POST', '/signin/', { ...form, 'content-length': '20' }), undefined],
		['POST form with charset', request('POST', '/signin/', { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8', 'content-length': '20' }), undefined],
		['POST JSON', request('POST', '/api/rules/vacation', { 'content-type': 'application/json', 'content-length': '2' }), undefined],
		['POST multipart (roster)', request('POST', '/admin/roster/', { 'content-type': 'multipart/form-data; boundary=x', 'content-length': '200' }), undefined],
		['POST with no body', request('POST', '/signout/'), undefined],
		['POST at the limit', request('POST', '/signin/', { ...form, 'content-length': String(MAX_BODY_BYTES) }), undefined],
		['POST one byte over', request('POST', '/signin/', { ...form, 'content-length': String(MAX_BODY_BYTES + 1) }), { status: 413, message: `The request body is ${MAX_BODY_BYTES + 1} bytes; the limit is ${MAX_BODY_BYTES} bytes.` }],
		['POST text/xml', request('POST', '/signin/', { 'content-type': 'text/xml', 'content-length': '4' }), { status: 415, message: 'The Content-Type "text/xml" is not accepted; send application/x-www-form-urlencoded, multipart/form-data, application/json.' }],
		['POST no content type', request('POST', '/signin/', { 'content-length': '4' }), { status: 415, message: 'The Content-Type (none) is not accepted; send application/x-www-form-urlencoded, multipart/form-data, application/json.' }],
		['POST chunked', request('POST', '/signin/', { ...form, 'transfer-encoding': 'chunked' }), { status: 411, message: 'A request body needs a Content-Length header.' }],
		['POST bad length', request('POST', '/signin/', { ...form, 'content-length': '12abc' }), { status: 400, message: 'The Content-Length header must be a number of bytes, got "12abc".' }],
		['GET bad percent-encoding', request('GET', '/%E0%A4%A'), { status: 400, message: 'The address is not valid: it has a malformed percent-encoding.' }],
		['TRACE', request('TRACE', '/'), { status: 501, message: 'The method TRACE is not supported.' }],
	])('%s', (_what, req, expected) => {
		expect(refuseRequest(req)).toEqual(expected);
	});
});
