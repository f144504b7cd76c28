import { useId } from 'react';
import { useTranslation } from '@/i18n';
import { NativeSelect } from '@/components/field';
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from './parse';

interface MappingBarProps {
  mapping: ColumnMapping;
  /** The draft's table, for a sample of each column; null while it is being read again. */
  table: readonly (readonly string[])[] | null;
  disabled: boolean;
  onChange: (mapping: ColumnMapping) => void;
}

function isColumnRole(value: string): value is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(value);
}

/** What each column holds, as guessed, for the person to correct. */
export function MappingBar({ mapping, table, disabled, onChange }: MappingBarProps) {
  const { t } = useTranslation('waybill-import');
  const headerId = useId();
  const sampleRow = table?.[mapping.hasHeader ? 1 : 0] ?? [];
  const header = mapping.hasHeader ? (table?.[0] ?? []) : [];
  const missing = (['order', 'waybill'] as const).filter((role) => !mapping.roles.includes(role));

  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">{t('mapping.title')}</legend>
      <div className="flex flex-wrap items-end gap-4">
        {mapping.roles.map((role, column) => {
          const sample = header[column] || sampleRow[column] || '';
          return (
            <label key={column} className="flex min-w-40 flex-col gap-1 text-sm text-slate-700">
              <span>
                {t('mapping.column', { n: column + 1 })}
                {sample !== '' && (
                  <span className="ml-1 font-mono text-xs text-slate-500">{sample}</span>
                )}
              </span>
              <NativeSelect
                value={role}
                disabled={disabled}
                onChange={(event) => {
                  const next = event.currentTarget.value;
                  if (!isColumnRole(next)) return;
                  const roles = mapping.roles.map((r, i) => (i === column ? next : r));
                  onChange({ ...mapping, roles });
                }}
              >
                {COLUMN_ROLES.map((option) => (
                  <option key={option} value={option}>
                    {t(`mapping.role.${option}`)}
                  </option>
                ))}
              </NativeSelect>
            </label>
          );
        })}
        <div className="flex h-8 items-center gap-2">
          <input
            id={headerId}
            type="checkbox"
            className="size-4 accent-accent-600"
            checked={mapping.hasHeader}
            disabled={disabled}
            onChange={(event) => onChange({ ...mapping, hasHeader: event.currentTarget.checked })}
          />
          <label htmlFor={headerId} className="text-sm text-slate-800">
            {t('mapping.hasHeader')}
          </label>
        </div>
      </div>
      {missing.length > 0 && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {t('mapping.missing', {
            roles: missing.map((role) => t(`mapping.role.${role}`)).join(t('mapping.and')),
          })}
        </p>
      )}
    </fieldset>
  );
}
