import type { HttpHandler } from 'msw';
import type { FieldError } from '@/api/contract';
import { canEditNotificationTemplates } from '@/domain/access';
import { templateProblems, type TemplateProblem } from '@/domain/notification/templates';
import {
  currentTemplates,
  notificationLogOf,
  templateOf,
  toNotificationTemplate,
} from '../db/notifications';
import { catchUpTracking } from '../db/parcels';
import { iso } from '../db/time';
import type { TemplateRow } from '../db/types';
import type { MockContext } from './context';
import { orderFor } from './orders';
import { HttpProblem, forbidden } from './problem';
import { route, signedIn } from './route';

function messageOf(problem: TemplateProblem): string {
  switch (problem.code) {
    case 'empty':
      return 'Must not be empty';
    case 'too_long':
      return `At most ${problem.max} characters, placeholders as written`;
    case 'unknown_placeholder':
      return `{${problem.name}} is not a placeholder the system can fill`;
    case 'missing_tracking_link':
      return 'An SMS must carry {trackingLink}';
  }
}

export function notificationHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  return [
    route('listNotificationTemplates', base, ctx, (input) => {
      signedIn(input);
      return { items: currentTemplates(db).map(toNotificationTemplate) };
    }),
    route('updateNotificationTemplate', base, ctx, (input) => {
      const user = signedIn(input);
      if (!canEditNotificationTemplates(user.role))
        throw forbidden('Only admins change the messages customers receive');
      const { kind, locale } = input.params;
      const { version, sms, emailSubject, emailBody } = input.body;
      const current = templateOf(db, kind, locale);
      if (version !== current.version) {
        const who = current.updatedBy?.name ?? 'someone else';
        throw new HttpProblem(
          409,
          'version_conflict',
          `The template was changed by ${who} (version ${current.version}, you had ${version})`,
          undefined,
          {
            current: {
              version: current.version,
              updatedAt: iso(current.updatedAt ?? db.seededAt),
              updatedBy: current.updatedBy,
            },
          },
        );
      }
      const errors: FieldError[] = templateProblems({ sms, emailSubject, emailBody }).map(
        (problem) => ({ field: problem.field, code: problem.code, message: messageOf(problem) }),
      );
      if (errors.length > 0)
        throw new HttpProblem(422, 'validation', 'The template cannot be saved', errors);
      const at = ctx.now();
      const actor = { id: user.id, name: user.name };
      const saved: TemplateRow = {
        kind,
        locale,
        sms,
        emailSubject,
        emailBody,
        version: current.version + 1,
        updatedAt: at,
        updatedBy: actor,
      };
      db.batch(() => {
        db.replaceTemplate(saved);
        db.recordAudit({
          at: iso(at),
          actor,
          action: 'notification_template.updated',
          entity: 'notification_template',
          entityId: `template-${kind}-${locale}`,
          detail: { kind, locale, version: saved.version },
        });
      });
      return toNotificationTemplate(saved);
    }),
    route('listOrderNotifications', base, ctx, (input) => {
      const now = ctx.now();
      catchUpTracking(db, now);
      const row = orderFor(db, signedIn(input), input.params.id);
      return { items: notificationLogOf(db, row, now, new URL(input.request.url).origin) };
    }),
  ];
}
