import { Link } from 'react-router';
import { paths } from '@/lib/paths';

/** An order number in a warehouse list: a link to the order for those who may open orders. */
export function OrderNumberCell({
  orderId,
  number,
  canOpen,
}: {
  orderId: string;
  number: string;
  canOpen: boolean;
}) {
  return canOpen ? (
    <Link
      to={paths.order(orderId)}
      className="font-medium text-accent-700 tabular-nums hover:underline focus-visible:outline-2 focus-visible:outline-accent-600"
    >
      {number}
    </Link>
  ) : (
    <span className="font-medium tabular-nums">{number}</span>
  );
}
