import type { ReactNode } from 'react';
import { I18nProvider, createI18n, type I18n } from '@/i18n';

/** The app's translations, without the rest of the app: for rendering table pieces alone. */
export async function tableTestWrapper(): Promise<{
  i18n: I18n;
  wrapper: (props: { children: ReactNode }) => ReactNode;
}> {
  const i18n = await createI18n('zh-CN');
  return {
    i18n,
    wrapper: ({ children }) => <I18nProvider i18n={i18n}>{children}</I18nProvider>,
  };
}
