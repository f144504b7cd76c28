import { useEffect } from 'react';
import { useI18n } from '@/i18n';
import { useRuntimeConfig } from '@/api/runtime-context';
import type { CustomerLocale, PlaceholderValues } from '@/domain/notification/templates';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';

/** A sample order for the preview: the identifiers look like real ones and mean nothing. */
const SAMPLE = {
  orderNumber: 'SO2026112200123',
  carrier: 'SF',
  waybill: 'SF1428630957214',
  eta: '2026-11-25T10:00:00Z',
  token: 'k7Qm2xR9pL4vW8sNc3Jd',
} as const;

/** The words a template's language needs for its preview, fetched when that language is picked. */
const SAMPLE_NAMESPACES = ['notifications', 'tracking-events'];

/**
 * Placeholder values as a customer reading `locale` would get them: their carrier's name and the
 * delivery date in their language, a tracking link on this site.
 */
export function useSampleValues(locale: CustomerLocale): PlaceholderValues {
  const i18n = useI18n();
  const { timeZone } = useRuntimeConfig();
  useEffect(() => {
    void i18n.loadNamespaces(SAMPLE_NAMESPACES, [locale]);
  }, [i18n, locale]);
  const t = i18n.getFixedT(locale);
  return {
    customerName: t('notifications:sample.customerName'),
    orderNumber: SAMPLE.orderNumber,
    carrier: t(`tracking-events:carrier.${SAMPLE.carrier}`),
    waybill: SAMPLE.waybill,
    eta: formatDateTime(SAMPLE.eta, timeZone, locale, 'date'),
    trackingLink: `${window.location.origin}${paths.publicTracking(SAMPLE.token)}`,
  };
}
