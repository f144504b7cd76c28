import { useTranslation } from '@/i18n';
import type { ExceptionItem } from '@/api/contract/tracking';
import type { ResolutionAction } from '@/domain/shipment/resolution';
import { buttonClasses } from '@/components/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '@/components/dropdown-menu';
import { ChevronDownIcon } from '@/components/icons';

/** A menu of the ways this user may deal with the parcel; its button names the order for screen readers. */
export function ExceptionRowActions({
  item,
  actions,
  onAction,
}: {
  item: ExceptionItem;
  actions: readonly ResolutionAction[];
  onAction: (item: ExceptionItem, action: ResolutionAction) => void;
}) {
  const { t } = useTranslation('tracking');
  if (actions.length === 0) return null;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t('rowActions.label', { number: item.orderNumber })}
        className={buttonClasses('secondary', 'sm', 'gap-1')}
      >
        {t('rowActions.button')}
        <ChevronDownIcon aria-hidden="true" className="size-3.5" />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="min-w-36">
        {actions.map((action) => (
          <DropdownMenuItem key={action} onSelect={() => onAction(item, action)}>
            {t(`action.${action}`)}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
