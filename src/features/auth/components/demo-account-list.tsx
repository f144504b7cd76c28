import { useTranslation } from '@/i18n';
import type { DemoAccount } from '@/api/contract/auth';
import { Badge } from '@/components/badge';

interface DemoAccountListProps {
  accounts: readonly DemoAccount[];
  onPick: (account: DemoAccount) => void;
  disabled: boolean;
}

/** One-click sign-in for each demo role, so a visitor can try every view of the app. */
export function DemoAccountList({ accounts, onPick, disabled }: DemoAccountListProps) {
  const { t } = useTranslation(['auth', 'common']);
  return (
    <section aria-labelledby="demo-accounts-title" className="flex flex-col gap-2">
      <h2 id="demo-accounts-title" className="text-sm font-semibold text-slate-900">
        {t('demoTitle')}
      </h2>
      <p className="text-xs text-slate-600">{t('demoHint')}</p>
      <ul className="flex flex-col gap-1.5">
        {accounts.map((account) => {
          const role = t(`common:role.${account.role}`);
          return (
            <li key={account.username}>
              <button
                type="button"
                disabled={disabled}
                onClick={() => onPick(account)}
                aria-label={t('demoSignIn', { name: account.name, role })}
                className="flex w-full items-center gap-3 rounded-md border border-slate-200 bg-white px-3 py-2 text-left text-sm hover:border-accent-300 hover:bg-accent-50/40 disabled:opacity-60"
              >
                <span className="flex min-w-0 flex-1 flex-col">
                  <span className="font-medium text-slate-900">{account.name}</span>
                  <span className="truncate text-xs text-slate-600">
                    {account.username} · {account.scopeLabel}
                  </span>
                </span>
                <Badge tone="accent">{role}</Badge>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
