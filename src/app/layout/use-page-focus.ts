import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from '@/i18n';
import { areaOfPath } from '@/lib/paths';

/**
 * After moving to another page, focus goes to the page's main region so screen readers announce
 * the new page and the keyboard continues from its top; the tab title names the area.
 * Changing only the query (filters, paging) keeps focus where it is.
 */
export function usePageFocus(mainId: string): void {
  const { pathname } = useLocation();
  const { t } = useTranslation('common');
  const previous = useRef(pathname);
  const area = areaOfPath(pathname);
  const title = area ? `${t(`area.${area}`)} · ${t('appName')}` : t('appName');

  useEffect(() => {
    document.title = title;
  }, [title]);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(mainId)?.focus({ preventScroll: true });
  }, [pathname, mainId]);
}
