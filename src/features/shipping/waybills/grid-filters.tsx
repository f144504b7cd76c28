import { Button } from '@/components/button';
import { Field, Input, NativeSelect } from '@/components/field';
import { CARRIERS } from '@/domain/waybill/carriers';
import { useTranslation } from '@/i18n';
import { useGridFilters, useStoreOptions } from './grid-query';

export function GridFilters() {
  const { t } = useTranslation('waybills');
  const { filters, update } = useGridFilters();
  const stores = useStoreOptions();
  const filtered = Object.values(filters).some(Boolean);
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Field label={t('filters.carrier')} className="w-36">
        {(control) => (
          <NativeSelect
            {...control}
            value={filters.carrier}
            onChange={(event) => update({ carrier: event.target.value as typeof filters.carrier })}
          >
            <option value="">{t('filters.allCarriers')}</option>
            {CARRIERS.map((code) => (
              <option key={code} value={code}>
                {t(`shipping:carrier.${code}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label={t('filters.store')} className="w-44">
        {(control) => (
          <NativeSelect
            {...control}
            value={filters.storeId}
            onChange={(event) => update({ storeId: event.target.value })}
          >
            <option value="">{t('filters.allStores')}</option>
            {stores.data?.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field label={t('filters.from')} className="w-40">
        {(control) => (
          <Input
            {...control}
            type="date"
            value={filters.from}
            onChange={(event) => update({ from: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('filters.to')} className="w-40">
        {(control) => (
          <Input
            {...control}
            type="date"
            value={filters.to}
            onChange={(event) => update({ to: event.target.value })}
          />
        )}
      </Field>
      {filtered && (
        <Button
          variant="ghost"
          onClick={() => update({ carrier: '', storeId: '', from: '', to: '' })}
        >
          {t('filters.clear')}
        </Button>
      )}
    </div>
  );
}
