import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import zhTW from './locales/zh-TW.json';

export const TABLE_NAMESPACE = 'table';

type TableMessages = typeof zhCN;
/** Typed against zh-CN so a key missing in another language fails the type check. */
export const tableMessages: Record<'zh-CN' | 'zh-TW' | 'en', TableMessages> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
};

const registered = new WeakSet<I18n>();

/**
 * The table ships its own small catalogue so every feature's tables and pagers share one wording.
 * It is added to whichever i18next instance renders it, unless that instance already loaded a `table` namespace.
 */
function ensureTableMessages(i18n: I18n) {
  if (registered.has(i18n)) return;
  registered.add(i18n);
  for (const [lng, messages] of Object.entries(tableMessages)) {
    if (!i18n.hasResourceBundle(lng, TABLE_NAMESPACE))
      i18n.addResourceBundle(lng, TABLE_NAMESPACE, messages);
  }
}

export function useTableTranslation() {
  const { i18n } = useTranslation();
  ensureTableMessages(i18n);
  return useTranslation(TABLE_NAMESPACE);
}
