import { useTranslation } from '@/i18n';
import { cn } from '@/lib/cn';
import { formatDateTime } from '@/lib/format';
import type { PairLogEntry } from './pair-store';

/** The last pairs, newest first: what shipped, and what must be done again. */
export function PairLog({ log }: { log: readonly PairLogEntry[] }) {
  const { t, i18n } = useTranslation('waybill-import');
  if (log.length === 0) {
    return <p className="text-sm text-slate-600">{t('pair.log.empty')}</p>;
  }
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="mb-2 text-left text-sm font-semibold text-slate-900">
        {t('pair.log.title')}
      </caption>
      <thead className="bg-slate-50 text-xs text-slate-600">
        <tr>
          <th scope="col" className="px-3 py-2 font-medium">
            {t('pair.log.time')}
          </th>
          <th scope="col" className="px-3 py-2 font-medium">
            {t('pair.log.order')}
          </th>
          <th scope="col" className="px-3 py-2 font-medium">
            {t('pair.log.waybill')}
          </th>
          <th scope="col" className="px-3 py-2 font-medium">
            {t('pair.log.carrier')}
          </th>
          <th scope="col" className="px-3 py-2 font-medium">
            {t('pair.log.result')}
          </th>
        </tr>
      </thead>
      <tbody>
        {log.map((entry) => {
          const reasons = entry.unreachable
            ? [t('pair.log.unreachable')]
            : entry.problems.map((problem) => t(`waybills:problem.${problem}`));
          return (
            <tr key={entry.id} className="border-b border-slate-100">
              <td className="px-3 py-2 text-slate-600 tabular-nums">
                {formatDateTime(entry.at, entry.timeZone, i18n.language, 'datetime-seconds')}
              </td>
              <td className="px-3 py-2 font-mono">{entry.orderNumber}</td>
              <td className="px-3 py-2 font-mono">{entry.waybill}</td>
              <td className="px-3 py-2">
                {entry.carrier ? t(`shipping:carrier.${entry.carrier}`) : '—'}
              </td>
              <td
                className={cn(
                  'px-3 py-2',
                  entry.outcome === 'shipped' ? 'text-emerald-700' : 'font-medium text-red-700',
                )}
              >
                {t(`pair.log.${entry.outcome}`)}
                {reasons.length > 0 && (
                  <span className="block text-xs font-normal text-slate-700">
                    {reasons.join(t('preview.listSeparator'))}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
