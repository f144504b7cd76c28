import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useCurrentUser, useSessionStore } from '@/api/session-store';
import { areasFor, canUseArea, type Area } from '@/domain/access';
import { areaPath, paths } from '@/lib/paths';
import { ForbiddenPage } from './pages/forbidden';
import { expireSession } from './session';

/** Pages below need a session; without one, sign in first and come back here afterwards. */
export function RequireSession() {
  const user = useCurrentUser();
  const expiresAt = useSessionStore((state) => state.session?.expiresAt);
  const location = useLocation();

  // A session kept overnight ends on the next page change, without waiting for a refused request.
  useEffect(() => {
    if (expiresAt !== undefined && Date.parse(expiresAt) <= Date.now()) expireSession();
  }, [expiresAt, location.key]);

  if (!user) return <Navigate to={paths.signIn(location.pathname + location.search)} replace />;
  return <Outlet />;
}

/** The role decides which areas exist for the user; opening another one by URL shows 403. */
export function RequireArea({ area }: { area: Area }) {
  const user = useCurrentUser();
  if (!user) return null;
  if (!canUseArea(user.role, area)) return <ForbiddenPage area={area} />;
  return <Outlet />;
}

/** "/" opens the first area the role may use. */
export function HomeRedirect() {
  const user = useCurrentUser();
  const first = user ? areasFor(user.role)[0] : undefined;
  return <Navigate to={first ? areaPath(first) : paths.signIn()} replace />;
}
