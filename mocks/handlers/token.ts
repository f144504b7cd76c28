/**
 * Stateless demo tokens: base64url(JSON {sub, exp}) + "." + a keyed hash of that text. Enough
 * to tell a forged or edited token from a real one in a demo; not cryptography.
 */
const DEMO_SECRET = 'order-desk-demo-secret-2026';
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

export function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function signature(payload: string): string {
  const keyed = `${DEMO_SECRET}.${payload}.${DEMO_SECRET}`;
  return [0x9747b28c, 0x1b873593, 0xcc9e2d51, 0x85ebca6b]
    .map((seed) => hash32(keyed, seed).toString(16).padStart(8, '0'))
    .join('');
}

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
}

export function signToken(userId: string, expiresAt: number): string {
  const payload = toBase64Url(JSON.stringify({ sub: userId, exp: expiresAt }));
  return `${payload}.${signature(payload)}`;
}

export type TokenCheck =
  { ok: true; userId: string; expiresAt: number } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyToken(token: string, now: number): TokenCheck {
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined || signature(payload) !== mac)
    return { ok: false, reason: 'invalid' };
  let claims: unknown;
  try {
    claims = JSON.parse(fromBase64Url(payload));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (typeof claims !== 'object' || claims === null) return { ok: false, reason: 'invalid' };
  const { sub, exp } = claims as { sub?: unknown; exp?: unknown };
  if (typeof sub !== 'string' || typeof exp !== 'number') return { ok: false, reason: 'invalid' };
  if (exp <= now) return { ok: false, reason: 'expired' };
  return { ok: true, userId: sub, expiresAt: exp };
}
