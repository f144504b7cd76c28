import type { FieldError, OrderTransition, TimelineEvent } from '@/api/contract';
import { transition, type OrderStatus } from '@/domain/order/status';
import { HttpProblem, forbidden, notFound } from '../handlers/problem';
import { seededNotes, timelineOf } from '../seed/details';
import type { DemoUser } from '../seed/reference';
import type { MockDb } from './database';
import { iso } from './time';
import type { ActorRow, OrderRow } from './types';

/**
 * Commands on one order, shared by the single-order endpoints and the bulk endpoint. Each checks
 * what a real server would (version, state, role, input), throws an HttpProblem when refused,
 * and otherwise changes the order through db.updateOrder and answers the new row. Scope is the
 * caller's check (orderFor), made before a command runs. The address correction is in
 * order-address.ts.
 */
export interface Acting {
  user: Pick<DemoUser, 'id' | 'name' | 'role'>;
  at: number;
}

export type TransitionCommand = OrderTransition extends infer T
  ? T extends OrderTransition
    ? Omit<T, 'version'>
    : never
  : never;

const actorOf = (acting: Acting): ActorRow => ({ id: acting.user.id, name: acting.user.name });
export const words = (status: OrderStatus) => status.replace(/_/g, ' ');

/** 409 version_conflict naming who changed the order, when the caller saw an older version. */
export function checkVersion(row: OrderRow, expected: number | undefined): void {
  if (expected === undefined || expected === row.version) return;
  const who = row.updatedBy?.name ?? 'the system';
  throw new HttpProblem(
    409,
    'version_conflict',
    `Order ${row.number} was changed by ${who} at ${iso(row.updatedAt)} (version ${row.version}, you had ${expected}); reload to see the change`,
    undefined,
    { current: { version: row.version, updatedAt: iso(row.updatedAt), updatedBy: row.updatedBy } },
  );
}

/**
 * Before the first change the seeded timeline is derived from the row's fields; commands change
 * those fields, so the seeded part is fixed first and what the command did is appended.
 */
function prepare(db: MockDb, before: OrderRow, draft: OrderRow): void {
  if (!draft.seededTimeline) {
    const location = before.locationId ? db.locationById.get(before.locationId) : undefined;
    draft.seededTimeline = timelineOf(
      { ...before, addedEvents: undefined },
      location?.name ?? null,
      db.clock(),
    );
  }
}

export function appendEvent(
  draft: OrderRow,
  acting: Acting,
  kind: TimelineEvent['kind'],
  data: TimelineEvent['data'] = {},
): void {
  const events = draft.addedEvents ?? [];
  draft.addedEvents = [
    ...events,
    {
      id: `${draft.id}-x${events.length + 1}`,
      at: iso(acting.at),
      kind,
      actor: actorOf(acting),
      data,
    },
  ];
}

export function change(
  db: MockDb,
  acting: Acting,
  row: OrderRow,
  edit: (draft: OrderRow) => void,
): OrderRow {
  return db.updateOrder(
    row.id,
    (draft) => {
      prepare(db, row, draft);
      edit(draft);
    },
    { at: acting.at, by: actorOf(acting) },
  );
}

export function audit(
  db: MockDb,
  acting: Acting,
  row: OrderRow,
  action: string,
  detail = {},
): void {
  db.recordAudit({
    at: iso(acting.at),
    actor: actorOf(acting),
    action: `order.${action}`,
    entity: 'order',
    entityId: row.id,
    detail: { number: row.number, ...detail },
  });
}

/** Gives back the stock an allocated order reserved and forgets where it was to ship from. */
export function releaseAllocation(
  db: MockDb,
  row: OrderRow,
  draft: OrderRow,
  acting: Acting,
): void {
  const locationId = row.locationId;
  if (locationId === null || row.shipment !== null) return;
  for (let i = 0; i < row.lines.length; i += 2) {
    const product = db.productAt(row.lines[i] as number);
    db.adjustReserved(product.id, locationId, -(row.lines[i + 1] as number), acting.at);
  }
  draft.locationId = null;
  draft.carrier = null;
  draft.allocatedAt = null;
  appendEvent(draft, acting, 'deallocated', {
    location: db.locationById.get(locationId)?.name ?? locationId,
  });
}

const EVENT_OF = {
  approve: 'approved',
  hold: 'held',
  release: 'released',
  reject: 'rejected',
  cancel: 'cancelled',
} as const satisfies Record<TransitionCommand['action'], TimelineEvent['kind']>;

/** Approve, hold, release, reject or cancel, as the domain's state machine allows. */
export function transitionOrder(
  db: MockDb,
  acting: Acting,
  row: OrderRow,
  command: TransitionCommand,
  expectedVersion?: number,
): OrderRow {
  checkVersion(row, expectedVersion);
  const result = transition(command.action, row.status, acting.user.role);
  if (!result.ok && result.reason === 'wrong_state') {
    throw new HttpProblem(
      409,
      'wrong_state',
      `Order ${row.number} is ${words(row.status)}, so it cannot be ${EVENT_OF[command.action]} now`,
    );
  }
  if (!result.ok) throw forbidden(`Your role may not ${command.action} orders`);
  const to = result.to;
  const data: TimelineEvent['data'] = {};
  let givesBackStock = false;
  const updated = change(db, acting, row, (draft) => {
    draft.status = to;
    switch (command.action) {
      case 'approve':
        draft.reviewedAt = acting.at;
        break;
      case 'hold':
        draft.hold = {
          reason: command.reason,
          note: command.note,
          until: command.until ? Date.parse(command.until) : null,
          by: actorOf(acting),
          at: acting.at,
        };
        Object.assign(data, { reason: command.reason, note: command.note });
        break;
      case 'release':
        draft.hold = null;
        // Back through review, whose outcome may differ: the reservation is given back too.
        givesBackStock = true;
        break;
      case 'reject':
      case 'cancel':
        draft.hold = null;
        draft.cancellation = { reason: command.reason, note: command.note, at: acting.at };
        // As the seed has it: cancelling a paid order refunds it.
        if (draft.paymentStatus === 'paid') draft.paymentStatus = 'refunded';
        Object.assign(data, { reason: command.reason, note: command.note });
        givesBackStock = true;
        break;
    }
    appendEvent(draft, acting, EVENT_OF[command.action], data);
    if (givesBackStock) releaseAllocation(db, row, draft, acting);
  });
  audit(db, acting, row, EVENT_OF[command.action], { from: row.status, to, ...data });
  return updated;
}

type TagChangeInput = { add: readonly string[]; remove: readonly string[] };

/** 422 when a tag does not exist or is both added and removed; checked before anything changes. */
export function checkTagChange(db: MockDb, tags: TagChangeInput): void {
  const known = new Set(db.tags.map((t) => t.id));
  const errors: FieldError[] = [];
  for (const key of ['add', 'remove'] as const) {
    tags[key].forEach((id, i) => {
      if (!known.has(id))
        errors.push({ field: `${key}.${i}`, code: 'unknown_tag', message: `No tag ${id}` });
    });
  }
  tags.add.forEach((id, i) => {
    if (tags.remove.includes(id))
      errors.push({
        field: `add.${i}`,
        code: 'conflicting',
        message: `${id} is both added and removed`,
      });
  });
  if (errors.length > 0)
    throw new HttpProblem(422, 'validation', 'Some tags cannot be applied', errors);
}

/** Adds and removes tags; adding a tag already there (or removing one that is not) changes nothing. */
export function changeOrderTags(
  db: MockDb,
  acting: Acting,
  row: OrderRow,
  tags: TagChangeInput,
): OrderRow {
  checkTagChange(db, tags);
  const names = new Map(db.tags.map((t) => [t.id, t.name]));
  const added = [...new Set(tags.add)].filter((id) => !row.tagIds.includes(id));
  const removed = [...new Set(tags.remove)].filter((id) => row.tagIds.includes(id));
  if (added.length === 0 && removed.length === 0) return row;
  return change(db, acting, row, (draft) => {
    draft.tagIds = [...row.tagIds.filter((id) => !removed.includes(id)), ...added];
    for (const id of added)
      appendEvent(draft, acting, 'tagged', { tagId: id, tag: names.get(id) ?? id });
    for (const id of removed)
      appendEvent(draft, acting, 'untagged', { tagId: id, tag: names.get(id) ?? id });
  });
}

export function addNote(db: MockDb, acting: Acting, row: OrderRow, body: string): OrderRow {
  return change(db, acting, row, (draft) => {
    const notes = draft.notes ?? seededNotes(row);
    // Events only ever grow, so their count never gives two notes the same id.
    const id = `${row.id}-note${(draft.addedEvents?.length ?? 0) + 1}`;
    draft.notes = [
      ...notes,
      { id, author: actorOf(acting), body, createdAt: iso(acting.at), updatedAt: null },
    ];
    appendEvent(draft, acting, 'note_added', { noteId: id });
  });
}

/** The note, if it exists and the user wrote it: 404 otherwise, 403 for someone else's note. */
function ownNote(row: OrderRow, acting: Acting, noteId: string) {
  const note = (row.notes ?? seededNotes(row)).find((n) => n.id === noteId);
  if (!note) throw notFound(`Note ${noteId} on order ${row.number}`);
  if (note.author.id !== acting.user.id)
    throw forbidden(`Only ${note.author.name}, who wrote the note, may change it`);
  return note;
}

export function editNote(
  db: MockDb,
  acting: Acting,
  row: OrderRow,
  noteId: string,
  body: string,
): OrderRow {
  ownNote(row, acting, noteId);
  return change(db, acting, row, (draft) => {
    draft.notes = (draft.notes ?? seededNotes(row)).map((n) =>
      n.id === noteId ? { ...n, body, updatedAt: iso(acting.at) } : n,
    );
    appendEvent(draft, acting, 'note_edited', { noteId });
  });
}

export function deleteNote(db: MockDb, acting: Acting, row: OrderRow, noteId: string): OrderRow {
  ownNote(row, acting, noteId);
  return change(db, acting, row, (draft) => {
    draft.notes = (draft.notes ?? seededNotes(row)).filter((n) => n.id !== noteId);
    appendEvent(draft, acting, 'note_deleted', { noteId });
  });
}
