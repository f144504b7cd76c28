import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import { useCurrentUser } from '@/api/session-store';
import { buttonClasses } from '@/components/button';
import type { Area } from '@/domain/access';
import { paths } from '@/lib/paths';

export function ForbiddenPage({ area }: { area: Area }) {
  const { t } = useTranslation('common');
  const user = useCurrentUser();
  return (
    <section className="mx-auto flex max-w-lg flex-col items-center gap-3 py-20 text-center">
      <p className="font-mono text-sm font-semibold text-accent-700">403</p>
      <h1 className="text-xl font-semibold text-slate-900">{t('forbidden.title')}</h1>
      <p className="text-sm text-slate-600">
        {t('forbidden.body', { role: user ? t(`role.${user.role}`) : '', area: t(`area.${area}`) })}
      </p>
      <Link to={paths.home} className={buttonClasses('primary', 'md', 'mt-2')}>
        {t('actions.backHome')}
      </Link>
    </section>
  );
}
