/**
 * The acting user's "Jira session": the sandbox's REST filter accepts this cookie as the user's
 * session when the shell performs AP.request, as Jira's host page sends its session cookie.
 */
export const USER_COOKIE = 'sandbox.user';

export function setUserCookie(accountId: string, doc: Document = document): void {
  doc.cookie = `${USER_COOKIE}=${encodeURIComponent(accountId)}; path=/; SameSite=Strict`;
}
