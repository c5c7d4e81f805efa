import type { NewMessage } from './outbox';

/**
 * The messages the portal sends, as plain text and HTML: short, one link, nothing a third party
 * could use (never the content of a disclosure). HTML is escaped here, the one place it is built.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for HTML content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A short HTML message: paragraphs, then one link as a button-like anchor with its address in words. */
function html(paragraphs: readonly string[], link: { href: string; label: string }, footer: string): string {
	return [
		'<!doctype html><html lang="en"><body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">',
		...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
		`<p><a href="${escapeHtml(link.href)}" style="color:#0b4f9c;font-weight:bold">${escapeHtml(link.label)}</a></p>`,
		`<p style="color:#555;font-size:0.9em">If the link does not open, copy this address into your browser: ${escapeHtml(link.href)}</p>`,
		`<p style="color:#555;font-size:0.9em">${escapeHtml(footer)}</p>`,
		'</body></html>',
	].join('\n');
}

const FOOTER = 'DCFS Handbook Portal. This message was sent automatically; replies are not read.';

/** The invitation or password-reset message for an account link. */
export function accountLinkMessage(
	kind: 'invitation' | 'password-reset',
	user: { name: string; email: string },
	link: string,
): NewMessage {
	const invitation = kind === 'invitation';
	const greeting = `Hello ${user.name},`;
	const lines = invitation
		? [greeting, 'An account on the DCFS Handbook Portal was created for you. Choose a password to sign in; the link works once, for 7 days.']
		: [greeting, 'A password reset was requested for your DCFS Handbook Portal account. Choose a new password; the link works once, for 1 hour. If you did not ask for this, ignore this message.'];
	const label = invitation ? 'Choose your password' : 'Choose a new password';
	return {
		kind,
		toEmail: user.email,
		subject: invitation ? 'Your DCFS Handbook Portal account' : 'Reset your DCFS Handbook Portal password',
		text: `${lines.join('\n\n')}\n\n${label}:\n${link}\n\n${FOOTER}\n`,
		html: html(lines, { href: link, label }, FOOTER),
	};
}
