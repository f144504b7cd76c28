import { DAY } from '../db/time';
import { hash32 } from './token';

/**
 * Link tokens of the public tracking page, as customer messages carry them: base64url(JSON
 * {kind: "track", order, exp}) + "." + a keyed hash. A key of their own, so a tracking link is
 * never a session and a session never opens a tracking page. Like session tokens, enough to tell
 * a forged or edited token from a real one in a demo; not cryptography.
 */
const TRACKING_SECRET = 'order-desk-tracking-link-2026';
/** A link keeps working for about a season: long after delivery, for returns and questions. */
export const TRACKING_LINK_LIFETIME_MS = 90 * DAY;

function signature(payload: string): string {
  const keyed = `${TRACKING_SECRET}.${payload}.${TRACKING_SECRET}`;
  return [0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c]
    .map((seed) => hash32(keyed, seed).toString(16).padStart(8, '0'))
    .join('');
}

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
}

/** A token naming the order, valid until `expiresAt` (default: 90 days after `issuedAt`). */
export function signTrackingToken(
  orderId: string,
  issuedAt: number,
  expiresAt = issuedAt + TRACKING_LINK_LIFETIME_MS,
): string {
  const payload = toBase64Url(JSON.stringify({ kind: 'track', order: orderId, exp: expiresAt }));
  return `${payload}.${signature(payload)}`;
}

/** The order a token names, or null when it is forged, edited, of another kind or expired. */
export function verifyTrackingToken(token: string, now: number): string | null {
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined || signature(payload) !== mac) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(fromBase64Url(payload));
  } catch {
    return null;
  }
  if (typeof claims !== 'object' || claims === null) return null;
  const { kind, order, exp } = claims as { kind?: unknown; order?: unknown; exp?: unknown };
  if (kind !== 'track' || typeof order !== 'string' || typeof exp !== 'number') return null;
  return exp > now ? order : null;
}
