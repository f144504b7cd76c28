import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import { buttonClasses } from '@/components/button';
import { paths } from '@/lib/paths';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <section className="mx-auto flex max-w-lg flex-col items-center gap-3 py-20 text-center">
      <p className="font-mono text-sm font-semibold text-accent-700">404</p>
      <h1 className="text-xl font-semibold text-slate-900">{t('notFound.title')}</h1>
      <p className="text-sm text-slate-600">{t('notFound.body')}</p>
      <Link to={paths.home} className={buttonClasses('primary', 'md', 'mt-2')}>
        {t('actions.backHome')}
      </Link>
    </section>
  );
}
