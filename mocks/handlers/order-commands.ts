import type { HttpHandler } from 'msw';
import {
  addNote,
  changeOrderTags,
  deleteNote,
  editNote,
  transitionOrder,
  type Acting,
} from '../db/order-commands';
import { updateAddress } from '../db/order-address';
import { toOrder } from '../db/present';
import type { MockContext } from './context';
import { orderFor } from './orders';
import { route, signedIn, type RouteInput } from './route';

type OrderEndpoint =
  'transitionOrder' | 'updateAddress' | 'changeOrderTags' | 'addNote' | 'editNote' | 'deleteNote';

/**
 * The endpoints that change one order: each answers the whole order as it is now. A command that
 * also changes stock or the audit trail runs as one batch, so it is saved once.
 */
export function orderCommandHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  /** The signed-in user, now, and the order if they may see it (404 / 403 otherwise). */
  const target = <N extends OrderEndpoint>(input: RouteInput<N>) => {
    const user = signedIn(input);
    const acting: Acting = { user, at: ctx.now() };
    return { acting, row: orderFor(db, user, input.params.id) };
  };
  return [
    route('transitionOrder', base, ctx, (input) => {
      const { acting, row } = target(input);
      const { version, ...command } = input.body;
      return toOrder(
        db,
        db.batch(() => transitionOrder(db, acting, row, command, version)),
      );
    }),
    route('updateAddress', base, ctx, (input) => {
      const { acting, row } = target(input);
      const { version, address } = input.body;
      return toOrder(
        db,
        db.batch(() => updateAddress(db, acting, row, address, version)),
      );
    }),
    route('changeOrderTags', base, ctx, (input) => {
      const { acting, row } = target(input);
      return toOrder(db, changeOrderTags(db, acting, row, input.body));
    }),
    route('addNote', base, ctx, (input) => {
      const { acting, row } = target(input);
      return toOrder(db, addNote(db, acting, row, input.body.body));
    }),
    route('editNote', base, ctx, (input) => {
      const { acting, row } = target(input);
      return toOrder(db, editNote(db, acting, row, input.params.noteId, input.body.body));
    }),
    route('deleteNote', base, ctx, (input) => {
      const { acting, row } = target(input);
      return toOrder(db, deleteNote(db, acting, row, input.params.noteId));
    }),
  ];
}
