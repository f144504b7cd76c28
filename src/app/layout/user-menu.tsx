import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import type { User } from '@/api/contract/auth';
import { useDemoControls } from '@/api/runtime-context';
import { useCurrentUser, useSessionStore } from '@/api/session-store';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/dropdown-menu';
import { ChevronDownIcon, RefreshIcon, SignOutIcon } from '@/components/icons';
import { ResetDemoDialog } from '@/components/reset-demo-dialog';
import { useScopeLabel } from './use-scope-label';

function Initial({ name }: { name: string }) {
  return (
    <span
      aria-hidden="true"
      className="flex size-6 items-center justify-center rounded-full bg-accent-100 text-xs font-semibold text-accent-800"
    >
      {name.slice(0, 1)}
    </span>
  );
}

function SignedInMenu({ user }: { user: User }) {
  const { t } = useTranslation('common');
  const backend = useBackend();
  const queryClient = useQueryClient();
  const demo = useDemoControls();
  const scope = useScopeLabel(user);
  const [confirmingReset, setConfirmingReset] = useState(false);

  async function signOut() {
    try {
      await backend.signOut({});
    } catch {
      // The session ends here either way: a token the backend no longer knows is as good as gone.
    }
    // The route guard sees the session gone and opens sign-in; the next user starts with an empty cache.
    useSessionStore.getState().signedOut();
    queryClient.clear();
  }

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          aria-label={t('userMenu.label', { name: user.name })}
          className="inline-flex h-8 items-center gap-2 rounded-md pr-1.5 pl-1 text-sm text-slate-700 hover:bg-slate-100 data-[state=open]:bg-slate-100"
        >
          <Initial name={user.name} />
          <span className="hidden max-w-32 truncate md:inline">{user.name}</span>
          <ChevronDownIcon className="size-3.5 text-slate-500" />
        </DropdownMenuTrigger>
        <DropdownMenuContent className="w-64">
          <DropdownMenuLabel className="flex flex-col gap-0.5 py-2">
            <span className="text-sm font-medium text-slate-900">{user.name}</span>
            <span>{t(`role.${user.role}`)}</span>
            <span className="text-slate-600">{scope}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          {demo && (
            <DropdownMenuItem icon={<RefreshIcon />} onSelect={() => setConfirmingReset(true)}>
              {t('userMenu.resetDemo')}
            </DropdownMenuItem>
          )}
          <DropdownMenuItem icon={<SignOutIcon />} onSelect={() => void signOut()}>
            {t('userMenu.signOut')}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ResetDemoDialog open={confirmingReset} onOpenChange={setConfirmingReset} />
    </>
  );
}

export function UserMenu() {
  const user = useCurrentUser();
  return user ? <SignedInMenu user={user} /> : null;
}
