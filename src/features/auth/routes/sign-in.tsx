import { useEffect } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useTranslation } from '@/i18n';
import { useCurrentUser } from '@/api/session-store';
import { LogoIcon } from '@/components/icons';
import { pathAfterSignIn } from '@/lib/paths';
import { useSessionNotice } from '@/lib/session-notice';
import { useDemoAccounts } from '../api/demo-accounts';
import { useSignIn } from '../api/sign-in';
import { DemoAccountList } from '../components/demo-account-list';
import { SignInForm } from '../components/sign-in-form';
import { LanguageLinks } from '../components/language-links';

export function Component() {
  const { t } = useTranslation(['auth', 'common']);
  const user = useCurrentUser();
  const [searchParams] = useSearchParams();
  const expired = useSessionNotice((state) => state.expired);
  const signIn = useSignIn();
  const demoAccounts = useDemoAccounts();
  const documentTitle = `${t('title')} · ${t('common:appName')}`;

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  if (user) return <Navigate to={pathAfterSignIn(user.role, searchParams.get('next'))} replace />;

  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-slate-100 px-4 py-10">
      <main className="w-full max-w-sm">
        <div className="mb-6 flex items-center gap-2.5">
          <LogoIcon className="size-7 text-accent-600" />
          <div>
            <p className="text-base font-semibold text-slate-900">{t('common:appName')}</p>
            <p className="text-xs text-slate-600">{t('subtitle')}</p>
          </div>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-900/5">
          <h1 className="mb-4 text-lg font-semibold text-slate-900">{t('title')}</h1>
          {expired && (
            <p
              role="status"
              className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              {t('sessionExpired')}
            </p>
          )}
          <SignInForm signIn={signIn} />
        </div>
        {demoAccounts.data && demoAccounts.data.length > 0 && (
          <div className="mt-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-900/5">
            <DemoAccountList
              accounts={demoAccounts.data}
              disabled={signIn.isPending}
              onPick={(account) =>
                signIn.mutate({ username: account.username, password: account.password })
              }
            />
          </div>
        )}
        <LanguageLinks />
      </main>
    </div>
  );
}
