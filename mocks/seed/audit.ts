import type { AuditEvent } from '@/api/contract';
import { DAY, iso } from '../db/time';
import { createRng, subSeed } from './prng';
import { TAGS } from './reference';

const ADMIN = { id: 'u-admin', name: '陈静' };
const MANAGER = { id: 'u-manager-east', name: '王芳' };

/** A short history of administrative changes, newest first, so the audit trail is not empty. */
export function seedAudit(seed: number, now: number): AuditEvent[] {
  const rng = createRng(subSeed(seed, 0xa0d1));
  const events: AuditEvent[] = [];
  for (let i = 0; i < 40; i += 1) {
    const at = now - rng.int(1, 90) * DAY + rng.int(0, DAY - 1);
    const kind = rng.int(0, 3);
    const tag = rng.pick(TAGS);
    const base = { at: iso(at), actor: kind === 3 ? MANAGER : ADMIN };
    if (kind === 0)
      events.push({
        ...base,
        id: '',
        action: 'tag.updated',
        entity: 'tag',
        entityId: tag.id,
        detail: { name: tag.name, color: tag.color },
      });
    else if (kind === 1)
      events.push({
        ...base,
        id: '',
        action: 'stock.threshold_changed',
        entity: 'stock',
        entityId: `p-${String(rng.int(1, 300)).padStart(4, '0')}`,
        detail: { reorderPoint: rng.int(5, 60) },
      });
    else if (kind === 2)
      events.push({
        ...base,
        id: '',
        action: 'user.role_changed',
        entity: 'user',
        entityId: `u-cs-0${rng.int(1, 5)}`,
        detail: { role: 'store_staff' },
      });
    else
      events.push({
        ...base,
        id: '',
        action: 'carrier_rule.updated',
        entity: 'carrier_rule',
        entityId: `rule-${rng.int(1, 6)}`,
        detail: { carrier: rng.pick(['SF', 'JD', 'ZTO']), enabled: rng.chance(0.8) },
      });
  }
  events.sort((a, b) => b.at.localeCompare(a.at));
  return events.map((event, i) => ({
    ...event,
    id: `audit-seed-${String(events.length - i).padStart(4, '0')}`,
  }));
}
