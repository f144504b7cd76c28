import { DAY } from '../db/time';
import { readClaims, signClaims, type TokenKind } from './token';

/**
 * Link tokens of the public tracking page, as customer messages carry them: base64url(JSON
 * {kind: "track", order, exp}) + "." + a keyed hash. A key of their own, so a tracking link is
 * never a session and a session never opens a tracking page. Like session tokens, enough to tell
 * a forged or edited token from a real one in a demo; not cryptography.
 */
const TRACKING_SECRET = 'order-desk-tracking-link-2026';
/** A link keeps working for about a season: long after delivery, for returns and questions. */
export const TRACKING_LINK_LIFETIME_MS = 90 * DAY;

const TRACKING_LINK: TokenKind = {
  secret: TRACKING_SECRET,
  seeds: [0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c],
};

/** A token naming the order, valid until `expiresAt` (default: 90 days after `issuedAt`). */
export function signTrackingToken(
  orderId: string,
  issuedAt: number,
  expiresAt = issuedAt + TRACKING_LINK_LIFETIME_MS,
): string {
  return signClaims(TRACKING_LINK, { kind: 'track', order: orderId, exp: expiresAt });
}

/** The order a token names, or null when it is forged, edited, of another kind or expired. */
export function verifyTrackingToken(token: string, now: number): string | null {
  const claims = readClaims(TRACKING_LINK, token);
  if (!claims) return null;
  const { kind, order, exp } = claims;
  if (kind !== 'track' || typeof order !== 'string' || typeof exp !== 'number') return null;
  return exp > now ? order : null;
}
