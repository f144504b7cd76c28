import type { HttpHandler } from 'msw';
import type { Session } from '@/api/contract';
import { iso } from '../db/time';
import type { DemoUser } from '../seed/reference';
import type { MockContext } from './context';
import { HttpProblem } from './problem';
import { route, signedIn } from './route';
import { SESSION_LIFETIME_MS, signToken } from './token';

export function publicUser(user: DemoUser): Session['user'] {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    storeIds: [...user.storeIds],
    locationIds: [...user.locationIds],
    regions: [...user.regions],
  };
}

/** A fresh session for a user, as sign-in answers it. */
export function issueSession(user: DemoUser, now: number): Session {
  const expiresAt = now + SESSION_LIFETIME_MS;
  return {
    token: signToken(user.id, expiresAt),
    expiresAt: iso(expiresAt),
    user: publicUser(user),
  };
}

export function authHandlers(base: string, ctx: MockContext): HttpHandler[] {
  return [
    route('signIn', base, ctx, ({ body }) => {
      const user = ctx.db.users.find(
        (u) => u.username.toLowerCase() === body.username.toLowerCase(),
      );
      if (!user || user.password !== body.password) {
        throw new HttpProblem(401, 'unauthenticated', 'Wrong username or password');
      }
      return issueSession(user, ctx.now());
    }),
    route('currentSession', base, ctx, (input) => {
      const user = signedIn(input);
      const token = input.token;
      if (!token) throw new HttpProblem(401, 'unauthenticated', 'Sign in to continue');
      return { token: token.value, expiresAt: iso(token.expiresAt), user: publicUser(user) };
    }),
    // Tokens are stateless: signing out is the client forgetting its token.
    route('signOut', base, ctx, () => undefined),
    route('demoAccounts', base, ctx, () => ({
      items: ctx.db.users.map((u) => ({
        username: u.username,
        password: u.password,
        name: u.name,
        role: u.role,
        scopeLabel: u.scopeLabel,
      })),
    })),
  ];
}
