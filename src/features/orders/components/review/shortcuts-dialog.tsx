import { useTranslation } from '@/i18n';
import { Dialog } from '@/components/dialog';
import { Kbd } from '@/components/kbd';
import { REVIEW_SHORTCUTS } from '../../lib/review-keys';

/** How a key is written on the help sheet: arrows as arrows, letters as typed. */
const KEY_LABELS: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑' };

/** Every shortcut of the queue and what it does; opened with "?" or its button. */
export function ShortcutsDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('review');
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('shortcuts.title')}
      description={t('shortcuts.description')}
      size="sm"
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{t('shortcuts.title')}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('shortcuts.keyColumn')}</th>
            <th scope="col">{t('shortcuts.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {REVIEW_SHORTCUTS.map(({ command, keys }) => (
            <tr key={command} className="border-b border-slate-100 last:border-0">
              <td className="py-1.5 pr-4 whitespace-nowrap">
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && <span className="mx-1 text-slate-500">{t('shortcuts.or')}</span>}
                    <Kbd>{KEY_LABELS[key] ?? key}</Kbd>
                  </span>
                ))}
              </td>
              <th scope="row" className="py-1.5 text-left font-normal text-slate-800">
                {t(`command.${command}`)}
              </th>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-slate-600">{t('shortcuts.note')}</p>
    </Dialog>
  );
}
