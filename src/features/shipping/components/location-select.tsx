import { useTranslation } from '@/i18n';
import type { Location } from '@/api/contract/reference';
import { Field, NativeSelect } from '@/components/field';

/** Picks one location's orders; shown only when the user has more than one location. */
export function LocationSelect({
  locations,
  value,
  onChange,
}: {
  locations: readonly Location[];
  value: string;
  onChange: (locationId: string) => void;
}) {
  const { t } = useTranslation('shipping');
  return (
    <Field label={t('filters.location')} className="w-52">
      {(control) => (
        <NativeSelect {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('filters.allLocations')}</option>
          {locations.map((location) => (
            <option key={location.id} value={location.id}>
              {location.name}
            </option>
          ))}
        </NativeSelect>
      )}
    </Field>
  );
}
