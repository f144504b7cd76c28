import { useTranslation } from '@/i18n';
import type { CarrierRuleSet } from '@/api/contract/fulfilment';
import { useRuntimeConfig } from '@/api/runtime-context';
import { useCurrentUser } from '@/api/session-store';
import { canEditCarrierRules } from '@/domain/access';
import { ErrorState, SkeletonRows } from '@/components/states';
import { formatDateTime } from '@/lib/format';
import { useCarrierRules } from '../api/carrier-rules';
import { CarrierRulesEditor } from './carrier-rules-editor';
import { CarrierRulesTry } from './carrier-rules-try';
import { SettingsSection } from './settings-section';

/**
 * The carrier rules: read top to bottom, the first whose region and weight fit the parcel picks
 * its carrier, else the fallback. Managers and admins edit them; everyone else reads them.
 */
export function CarrierRulesSection() {
  const { t } = useTranslation('carrier-rules');
  const rules = useCarrierRules();
  const role = useCurrentUser()?.role;
  // The backend refuses everyone else (403); they read the rules instead.
  const canEdit = role !== undefined && canEditCarrierRules(role);

  return (
    <SettingsSection
      id="settings-carrier-rules"
      title={t('title')}
      description={canEdit ? t('description') : t('readOnly')}
    >
      {rules.isPending ? (
        <SkeletonRows rows={3} />
      ) : rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <>
          <UpdatedLine ruleSet={rules.data} />
          {canEdit ? (
            <CarrierRulesEditor ruleSet={rules.data} onReload={() => rules.refetch()} />
          ) : (
            <ReadOnlyRules ruleSet={rules.data} />
          )}
        </>
      )}
    </SettingsSection>
  );
}

function UpdatedLine({ ruleSet }: { ruleSet: CarrierRuleSet }) {
  const { t, i18n } = useTranslation('carrier-rules');
  const { timeZone } = useRuntimeConfig();
  if (!ruleSet.updatedAt) return null;
  return (
    <p className="mb-3 text-xs text-slate-600">
      {t('updated', {
        time: formatDateTime(ruleSet.updatedAt, timeZone, i18n.language),
        name: ruleSet.updatedBy?.name ?? t('someone'),
      })}
    </p>
  );
}

function ReadOnlyRules({ ruleSet }: { ruleSet: CarrierRuleSet }) {
  const { t, i18n } = useTranslation('carrier-rules');
  return (
    <div className="flex flex-col gap-3">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="border-b border-slate-200 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="w-8 py-2 pr-3 font-medium">
              #
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('columns.region')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('columns.weight')}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t('columns.carrier')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {ruleSet.rules.map((rule, index) => (
            <tr key={index}>
              <td className="py-1.5 pr-3 text-slate-500 tabular-nums">{index + 1}</td>
              <td className="py-1.5 pr-3">
                {rule.region ? t(`common:region.${rule.region}`) : t('anyRegion')}
              </td>
              <td className="py-1.5 pr-3 tabular-nums">
                {rule.maxWeightGrams === null
                  ? t('anyWeight')
                  : t('upTo', {
                      kg: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 }).format(
                        rule.maxWeightGrams / 1000,
                      ),
                    })}
              </td>
              <td className="py-1.5">{t(`shipping:carrier.${rule.carrier}`)}</td>
            </tr>
          ))}
          <tr>
            <td className="py-1.5 pr-3" />
            <td colSpan={2} className="py-1.5 pr-3 text-slate-600">
              {t('otherwise')}
            </td>
            <td className="py-1.5 font-medium">{t(`shipping:carrier.${ruleSet.fallback}`)}</td>
          </tr>
        </tbody>
      </table>
      <CarrierRulesTry rules={ruleSet.rules} fallback={ruleSet.fallback} />
    </div>
  );
}
