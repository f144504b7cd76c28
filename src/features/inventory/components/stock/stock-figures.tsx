import { useTranslation } from '@/i18n';
import type { StockLevel } from '@/api/contract/inventory';
import { formatNumber } from '@/lib/format';

/** The level's figures as the dialog saves against them: on hand, reserved, available. */
export function StockFigures({ level }: { level: StockLevel }) {
  const { t, i18n } = useTranslation('inventory');
  const locale = i18n.language;
  const figures = [
    ['onHand', level.onHand],
    ['reserved', level.reserved],
    ['available', level.available],
  ] as const;
  return (
    <dl className="grid grid-cols-3 gap-2 rounded-md bg-slate-50 px-3 py-2 text-sm">
      {figures.map(([key, value]) => (
        <div key={key} className="flex flex-col">
          <dt className="text-xs text-slate-600">{t(`columns.${key}`)}</dt>
          <dd className="font-medium text-slate-900 tabular-nums">{formatNumber(value, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "商品名 · SKU · 地点": which level a dialog is about. */
export function stockLevelLabel(level: StockLevel, locationName: string): string {
  return `${level.productName} · ${level.sku} · ${locationName}`;
}

/** Focus starts in the field a person fills first, not on the first control of the dialog. */
export function focusMarkedField(event: Event) {
  const content = event.currentTarget;
  if (!(content instanceof HTMLElement)) return;
  const field = content.querySelector<HTMLInputElement>('[data-autofocus]');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
}
