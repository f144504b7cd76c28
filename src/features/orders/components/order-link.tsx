import { Link, useLocation } from 'react-router';
import { paths } from '@/lib/paths';

/** Where the detail page's "Back to orders" link returns: the list with the filters it was opened from. */
export interface FromListState {
  fromList: string;
}

export function isFromListState(value: unknown): value is FromListState {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { fromList?: unknown }).fromList === 'string'
  );
}

export function OrderLink({ orderId, children }: { orderId: string; children: string }) {
  const location = useLocation();
  const state: FromListState = { fromList: location.search };
  return (
    <Link
      to={paths.order(orderId)}
      state={state}
      className="font-medium text-accent-700 tabular-nums hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
    >
      {children}
    </Link>
  );
}
