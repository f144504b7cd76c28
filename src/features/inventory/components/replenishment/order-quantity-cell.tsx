import { useState } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from '@/i18n';
import type { ReplenishmentLine } from '@/api/contract/inventory';
import { Input } from '@/components/field';
import { formatNumber } from '@/lib/format';
import { lineKey, MAX_ORDER_QUANTITY, parseOrderQuantity } from '../../lib/replenishment-line';
import type { ReviewStore } from '../../lib/replenishment-review';

/**
 * The quantity to order of a reviewed line, editable; nothing for a line not ticked. A valid
 * number is kept at once (an export right after typing has it); an invalid one is shown as such
 * and put back to the kept quantity when the field is left.
 */
export function OrderQuantityCell({
  review,
  line,
}: {
  review: ReviewStore;
  line: ReplenishmentLine;
}) {
  const key = lineKey(line);
  const quantity = useStore(review, (state) => state.lines[key]?.quantity);
  if (quantity === undefined) return null;
  return <QuantityInput review={review} line={line} rowKey={key} quantity={quantity} />;
}

function QuantityInput({
  review,
  line,
  rowKey,
  quantity,
}: {
  review: ReviewStore;
  line: ReplenishmentLine;
  rowKey: string;
  quantity: number;
}) {
  const { t, i18n } = useTranslation('replenishment');
  const [text, setText] = useState(String(quantity));
  const [kept, setKept] = useState(quantity);
  // The quantity changed elsewhere (another tab of the same review is not possible, a reset is).
  if (kept !== quantity) {
    setKept(quantity);
    if (parseOrderQuantity(text) !== quantity) setText(String(quantity));
  }
  const invalid = parseOrderQuantity(text) === null;
  const errorId = `${rowKey}-quantity-error`;

  return (
    <span className="ml-auto flex w-20 flex-col items-end gap-0.5">
      <Input
        type="text"
        inputMode="numeric"
        aria-label={t('review.quantityLabel', { sku: line.sku, location: line.locationName })}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseOrderQuantity(event.target.value);
          if (parsed !== null) review.getState().setQuantity(rowKey, parsed);
        }}
        onBlur={() => {
          if (invalid) setText(String(quantity));
        }}
        className="h-7 text-right tabular-nums"
      />
      {invalid && (
        <span id={errorId} className="text-right text-xs text-red-700">
          {t('review.quantityInvalid', { max: formatNumber(MAX_ORDER_QUANTITY, i18n.language) })}
        </span>
      )}
    </span>
  );
}
