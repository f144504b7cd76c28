import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '@/i18n';

/** The app's i18next, without the rest of the app: for rendering table pieces alone. */
export async function tableTestWrapper(): Promise<{
  i18n: I18n;
  wrapper: (props: { children: ReactNode }) => ReactNode;
}> {
  const i18n = await createI18n('zh-CN');
  return {
    i18n,
    wrapper: ({ children }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>,
  };
}
