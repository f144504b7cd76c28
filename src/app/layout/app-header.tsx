import { AlertCentre } from '@/features/inventory/alert-centre';
import { GlobalSearch } from './global-search';
import { LocaleSwitcher } from './locale-switcher';
import { UserMenu } from './user-menu';

export function AppHeader() {
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-4">
      <GlobalSearch />
      <div className="ml-auto flex items-center gap-1">
        <AlertCentre />
        <LocaleSwitcher />
        <UserMenu />
      </div>
    </header>
  );
}
