/**
 * Stateless demo tokens: base64url(JSON {sub, exp}) + "." + a keyed hash of that text. Enough
 * to tell a forged or edited token from a real one in a demo; not cryptography.
 */
const DEMO_SECRET = 'order-desk-demo-secret-2026';
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A keyed hash of the payload: four 32-bit hashes under the secret and the given seeds. */
function signatureWith(secret: string, seeds: readonly number[], payload: string): string {
  const keyed = `${secret}.${payload}.${secret}`;
  return seeds.map((seed) => hash32(keyed, seed).toString(16).padStart(8, '0')).join('');
}

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
}

/** A kind of signed token: its claims as base64url JSON, a dot, and a hash under its own key. */
export interface TokenKind {
  secret: string;
  seeds: readonly number[];
}

export function signClaims(kind: TokenKind, claims: object): string {
  const payload = toBase64Url(JSON.stringify(claims));
  return `${payload}.${signatureWith(kind.secret, kind.seeds, payload)}`;
}

/** The claims of a token signed with this kind's key; null when forged, edited or malformed. */
export function readClaims(kind: TokenKind, token: string): Record<string, unknown> | null {
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined) return null;
  if (signatureWith(kind.secret, kind.seeds, payload) !== mac) return null;
  try {
    const claims: unknown = JSON.parse(fromBase64Url(payload));
    return typeof claims === 'object' && claims !== null
      ? (claims as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const SESSION: TokenKind = {
  secret: DEMO_SECRET,
  seeds: [0x9747b28c, 0x1b873593, 0xcc9e2d51, 0x85ebca6b],
};

export function signToken(userId: string, expiresAt: number): string {
  return signClaims(SESSION, { sub: userId, exp: expiresAt });
}

export type TokenCheck =
  { ok: true; userId: string; expiresAt: number } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyToken(token: string, now: number): TokenCheck {
  const claims = readClaims(SESSION, token);
  if (!claims) return { ok: false, reason: 'invalid' };
  const { sub, exp } = claims;
  if (typeof sub !== 'string' || typeof exp !== 'number') return { ok: false, reason: 'invalid' };
  if (exp <= now) return { ok: false, reason: 'expired' };
  return { ok: true, userId: sub, expiresAt: exp };
}
