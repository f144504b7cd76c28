import { useTranslation } from '@/i18n';
import type { StockLevel } from '@/api/contract/inventory';
import { buttonClasses } from '@/components/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '@/components/dropdown-menu';
import { ChevronDownIcon } from '@/components/icons';
import type { StockPermissions } from '../lib/stock-permissions';

export type StockAction = 'adjust' | 'thresholds' | 'changes';

interface StockRowActionsProps {
  row: StockLevel;
  locationName: string;
  permissions: StockPermissions;
  onAction: (action: StockAction, row: StockLevel) => void;
}

/** One menu button per row: Tab reaches it, Enter or the arrow keys open it. */
export function StockRowActions({
  row,
  locationName,
  permissions,
  onAction,
}: StockRowActionsProps) {
  const { t } = useTranslation('inventory');
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t('actions.menuFor', { sku: row.sku, location: locationName })}
        className={buttonClasses('ghost', 'sm')}
      >
        {t('actions.menu')}
        <ChevronDownIcon className="size-3.5" />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        {permissions.adjust && (
          <DropdownMenuItem onSelect={() => onAction('adjust', row)}>
            {t('actions.adjust')}
          </DropdownMenuItem>
        )}
        {permissions.editThresholds && (
          <DropdownMenuItem onSelect={() => onAction('thresholds', row)}>
            {t('actions.thresholds')}
          </DropdownMenuItem>
        )}
        <DropdownMenuItem onSelect={() => onAction('changes', row)}>
          {t('actions.changes')}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
