import { useTranslation } from '@/i18n';
import { CloseIcon } from '@/components/icons';
import { bucketHours } from '@/domain/analytics/ship-latency';
import { useStores } from '../../api/list-stores';
import { useTagsById } from '../../lib/tags';
import type { OrderListState } from '../../lib/list-params';
import type { FilterPatch } from '../order-filters';

interface Chip {
  key: string;
  /** What the filter is, e.g. "Store". */
  name: string;
  /** Its value, e.g. "Shanghai Nanjing Rd". */
  value: string;
  remove: FilterPatch;
}

/** Every active filter as a chip; its button removes that filter alone. */
export function FilterChips({
  state,
  dates,
  onChange,
}: {
  state: OrderListState;
  dates: { from: string; to: string };
  onChange: (patch: FilterPatch) => void;
}) {
  const { t } = useTranslation('orders');
  const stores = useStores();
  const tagsById = useTagsById();

  const chips: Chip[] = [];
  if (state.q)
    chips.push({ key: 'q', name: t('filters.search'), value: state.q, remove: { q: '' } });
  if (state.storeId) {
    const store = stores.data?.find((s) => s.id === state.storeId);
    chips.push({
      key: 'store',
      name: t('filters.store'),
      value: store?.name ?? state.storeId,
      remove: { storeId: '' },
    });
  }
  if (state.range || dates.from || dates.to) {
    chips.push({
      key: 'dates',
      name: t('filters.period'),
      value: state.range
        ? t(`filters.preset.${state.range}`)
        : `${dates.from || '…'} – ${dates.to || '…'}`,
      remove: { range: '', from: '', to: '' },
    });
  }
  if (state.region) {
    chips.push({
      key: 'region',
      name: t('filters.region'),
      value: t(`common:region.${state.region}`),
      remove: { region: '' },
    });
  }
  if (state.province) {
    chips.push({
      key: 'province',
      name: t('filters.province'),
      value: state.province,
      remove: { province: '' },
    });
  }
  if (state.category) {
    chips.push({
      key: 'category',
      name: t('filters.category'),
      value: state.category,
      remove: { category: '' },
    });
  }
  if (state.reached) {
    chips.push({
      key: 'reached',
      name: t('filters.reached'),
      value: t(`filters.reachedStage.${state.reached}`),
      remove: { reached: '' },
    });
  }
  if (state.shipLatency) {
    const { from, to } = bucketHours(state.shipLatency);
    chips.push({
      key: 'shipLatency',
      name: t('filters.shipLatency'),
      value:
        to === null ? t('filters.latencyOver', { from }) : t('filters.latencyHours', { from, to }),
      remove: { shipLatency: '' },
    });
  }
  if (state.carrier) {
    chips.push({
      key: 'carrier',
      name: t('filters.carrier'),
      value: t(`carrier.${state.carrier}`),
      remove: { carrier: '' },
    });
  }
  for (const status of state.payment) {
    chips.push({
      key: `payment-${status}`,
      name: t('filters.payment'),
      value: t(`paymentStatus.${status}`),
      remove: { payment: state.payment.filter((p) => p !== status) },
    });
  }
  for (const id of state.tags) {
    chips.push({
      key: `tag-${id}`,
      name:
        state.tagMode === 'all' && state.tags.length > 1 ? t('filters.tagsAll') : t('filters.tags'),
      value: tagsById.get(id)?.name ?? id,
      remove: { tags: state.tags.filter((tag) => tag !== id) },
    });
  }
  if (state.exception) {
    chips.push({
      key: 'exception',
      name: t('filters.exception'),
      value: state.exception === 'yes' ? t('filters.exceptionYes') : t('filters.exceptionNo'),
      remove: { exception: '' },
    });
  }
  if (state.minTotal || state.maxTotal) {
    chips.push({
      key: 'amount',
      name: t('filters.amount'),
      value: `¥${state.minTotal || '0'} – ${state.maxTotal ? `¥${state.maxTotal}` : '…'}`,
      remove: { minTotal: '', maxTotal: '' },
    });
  }

  if (chips.length === 0) return null;
  return (
    <ul aria-label={t('filters.active')} className="flex flex-wrap gap-1.5">
      {chips.map((chip) => (
        <li
          key={chip.key}
          className="inline-flex h-6 items-center gap-1 rounded-full bg-accent-50 pr-0.5 pl-2.5 text-xs text-accent-800 ring-1 ring-accent-200 ring-inset"
        >
          <span className="text-accent-700">{chip.name}:</span>
          <span className="font-medium">{chip.value}</span>
          <button
            type="button"
            aria-label={t('filters.remove', { name: chip.name, value: chip.value })}
            onClick={() => onChange(chip.remove)}
            className="inline-flex size-5 items-center justify-center rounded-full hover:bg-accent-100 focus-visible:outline-2 focus-visible:outline-accent-600"
          >
            <CloseIcon className="size-3" />
          </button>
        </li>
      ))}
    </ul>
  );
}
