import { useState } from 'react';
import { z } from 'zod/mini';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ReplenishmentLine } from '@/api/contract/inventory';
import { lineKey, MAX_ORDER_QUANTITY } from './replenishment-line';

/** A line a manager ticked, and the quantity they mean to order (the suggestion until edited). */
export interface ReviewedLine {
  line: ReplenishmentLine;
  quantity: number;
}

export interface ReviewData {
  /** By lineKey, in the order they were ticked. */
  lines: Record<string, ReviewedLine>;
}

export interface ReviewState extends ReviewData {
  /** Ticks or unticks lines; a newly ticked line starts at its suggested quantity. */
  setReviewed: (lines: readonly ReplenishmentLine[], reviewed: boolean) => void;
  setQuantity: (key: string, quantity: number) => void;
  /**
   * Newer figures for lines already in the review. A quantity the manager set stays; one left at
   * the suggestion follows the new suggestion.
   */
  refresh: (lines: readonly ReplenishmentLine[]) => void;
  clear: () => void;
}

export type ReviewStore = StoreApi<ReviewState>;

const StoredReview = z.object({
  lines: z.record(
    z.string(),
    z.object({
      line: ReplenishmentLine,
      quantity: z.int().check(z.minimum(1), z.maximum(MAX_ORDER_QUANTITY)),
    }),
  ),
});

export function reviewStorageKey(userId: string): string {
  return `order-desk.replenishment-review.${userId}`;
}

export function createReviewStore(userId: string): ReviewStore {
  return createStore<ReviewState>()(
    persist(
      (set) => ({
        lines: {},
        setReviewed: (lines, reviewed) =>
          set((state) => {
            if (!reviewed) {
              const dropped = new Set(lines.map(lineKey));
              return {
                lines: Object.fromEntries(
                  Object.entries(state.lines).filter(([key]) => !dropped.has(key)),
                ),
              };
            }
            const next = { ...state.lines };
            for (const line of lines)
              next[lineKey(line)] ??= { line, quantity: line.suggestedQuantity };
            return { lines: next };
          }),
        setQuantity: (key, quantity) =>
          set((state) => {
            const current = state.lines[key];
            if (!current || current.quantity === quantity) return state;
            return { lines: { ...state.lines, [key]: { ...current, quantity } } };
          }),
        refresh: (lines) =>
          set((state) => {
            let next: Record<string, ReviewedLine> | null = null;
            for (const line of lines) {
              const key = lineKey(line);
              const current = state.lines[key];
              if (!current || JSON.stringify(current.line) === JSON.stringify(line)) continue;
              next ??= { ...state.lines };
              // A quantity nobody changed is still the suggestion, and follows it.
              const untouched = current.quantity === current.line.suggestedQuantity;
              next[key] = { line, quantity: untouched ? line.suggestedQuantity : current.quantity };
            }
            return next ? { lines: next } : state;
          }),
        clear: () => set({ lines: {} }),
      }),
      {
        name: reviewStorageKey(userId),
        // A review is work in progress for this tab: a reload keeps it, another tab starts afresh.
        storage: createJSONStorage(() => sessionStorage),
        version: 1,
        partialize: (state): ReviewData => ({ lines: state.lines }),
        // What storage holds was written by an older build or edited by hand: keep it only if it reads.
        merge: (persisted, current) => {
          const stored = StoredReview.safeParse(persisted);
          return stored.success ? { ...current, lines: stored.data.lines } : current;
        },
      },
    ),
  );
}

/**
 * The review of one user, read back (synchronously) from this tab's sessionStorage when created.
 * Each user of a shared tab has their own.
 */
export function useReviewStore(userId: string): ReviewStore {
  const [held, setHeld] = useState(() => ({ userId, store: createReviewStore(userId) }));
  if (held.userId !== userId) {
    const next = { userId, store: createReviewStore(userId) };
    setHeld(next);
    return next.store;
  }
  return held.store;
}
