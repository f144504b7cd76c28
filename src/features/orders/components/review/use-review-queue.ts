import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useBackend } from '@/api/backend-context';
import type { OrderListQuery, OrderSummary } from '@/api/contract/orders';
import { queryKeys } from '@/api/query-keys';
import { listOrders } from '../../api/list-orders';

/**
 * The review queue, a page at a time. Its key sits under the order lists, so every order mutation
 * (which invalidates the lists) refetches the pages already loaded, each at the same offset.
 */
export function useReviewQueue(query: OrderListQuery) {
  const backend = useBackend();
  const result = useInfiniteQuery({
    queryKey: [...queryKeys.orders.lists(), 'review-queue', query] as const,
    queryFn: ({ pageParam, signal }) => listOrders(backend, { ...query, page: pageParam }, signal),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? last.page + 1 : undefined;
    },
  });
  const pages = result.data?.pages;
  const orders = useMemo(() => {
    // A refetch after someone else acted can move an order across a page boundary: show it once.
    const seen = new Set<string>();
    const unique: OrderSummary[] = [];
    for (const order of (pages ?? []).flatMap((page) => page.items)) {
      if (seen.has(order.id)) continue;
      seen.add(order.id);
      unique.push(order);
    }
    return unique;
  }, [pages]);
  const total = pages?.[pages.length - 1]?.total;
  return { ...result, orders, total };
}
