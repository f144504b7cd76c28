import type { HttpHandler } from 'msw';
import type { FieldError } from '@/api/contract';
import { canEditCarrierRules } from '@/domain/access';
import { validateCarrierRules } from '@/domain/allocation';
import { iso } from '../db/time';
import type { MockContext } from './context';
import { HttpProblem, forbidden } from './problem';
import { route, signedIn } from './route';

const MESSAGES = {
  weight_not_positive: 'The weight limit must be a whole number of grams above 0',
  unreachable: 'An earlier rule already takes every parcel this rule would',
} as const;

export function carrierRuleHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  return [
    route('getCarrierRules', base, ctx, (input) => {
      signedIn(input);
      return db.carrierRules;
    }),
    route('updateCarrierRules', base, ctx, (input) => {
      const user = signedIn(input);
      if (!canEditCarrierRules(user.role))
        throw forbidden('Only managers and admins change carrier rules');
      const current = db.carrierRules;
      const { version, rules, fallback } = input.body;
      if (version !== current.version) {
        const who = current.updatedBy?.name ?? 'someone else';
        throw new HttpProblem(
          409,
          'version_conflict',
          `The carrier rules were changed by ${who} (version ${current.version}, you had ${version})`,
          undefined,
          {
            current: {
              version: current.version,
              updatedAt: current.updatedAt ?? iso(db.seededAt),
              updatedBy: current.updatedBy,
            },
          },
        );
      }
      const errors: FieldError[] = validateCarrierRules(rules).map((problem) => ({
        field: `rules.${problem.index}.${problem.field}`,
        code: problem.code,
        message:
          problem.shadowedBy === undefined
            ? MESSAGES[problem.code]
            : `${MESSAGES[problem.code]} (rule ${problem.shadowedBy + 1})`,
      }));
      if (errors.length > 0)
        throw new HttpProblem(422, 'validation', 'Some carrier rules cannot be saved', errors);
      const at = iso(ctx.now());
      const actor = { id: user.id, name: user.name };
      const saved = {
        rules,
        fallback,
        version: current.version + 1,
        updatedAt: at,
        updatedBy: actor,
      };
      db.batch(() => {
        db.replaceCarrierRules(saved);
        db.recordAudit({
          at,
          actor,
          action: 'carrier_rule.updated',
          entity: 'carrier_rule',
          entityId: 'carrier-rules',
          detail: { version: saved.version, rules: rules.length, fallback },
        });
      });
      return saved;
    }),
  ];
}
