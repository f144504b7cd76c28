import type { HttpHandler } from 'msw';
import type { MockContext } from './context';
import { forbidden } from './problem';
import { route, signedIn } from './route';

export function adminHandlers(base: string, ctx: MockContext): HttpHandler[] {
  return [
    route('listAuditEvents', base, ctx, (input) => {
      if (signedIn(input).role !== 'admin')
        throw forbidden('The audit trail is for administrators');
      const { entity, entityId, page, pageSize } = input.query;
      const events = ctx.db.audit.filter(
        (e) => (!entity || e.entity === entity) && (!entityId || e.entityId === entityId),
      );
      return {
        items: events.slice((page - 1) * pageSize, page * pageSize),
        page,
        pageSize,
        total: events.length,
      };
    }),
  ];
}
