import type { NewMessage } from './outbox';

/**
 * The messages the portal sends, as plain text and HTML: short, one link, nothing a third party
 * could use (never the content of a disclosure). HTML is escaped here, the one place it is built.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for HTML content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The last line of every message. */
export const MAIL_FOOTER = 'DCFS Handbook Portal. This message was sent automatically; replies are not read.';

/** A short HTML message: paragraphs, an optional list, then one link with its address in words. */
export function mailHtml(parts: { paragraphs: readonly string[]; items?: readonly string[]; link: { href: string; label: string } }): string {
	return [
		'<!doctype html><html lang="en"><body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">',
		...parts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
		...(parts.items?.length ? [`<ul>${parts.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`] : []),
		`<p><a href="${escapeHtml(parts.link.href)}" style="color:#0b4f9c;font-weight:bold">${escapeHtml(parts.link.label)}</a></p>`,
		`<p style="color:#555;font-size:0.9em">If the link does not open, copy this address into your browser: ${escapeHtml(parts.link.href)}</p>`,
		`<p style="color:#555;font-size:0.9em">${escapeHtml(MAIL_FOOTER)}</p>`,
		'</body></html>',
	].join('\n');
}

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
		text: `${lines.join('\n\n')}\n\n${label}:\n${link}\n\n${MAIL_FOOTER}\n`,
		html: mailHtml({ paragraphs: lines, link: { href: link, label } }),
	};
}
