import { act, render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, I18nProvider, useTranslation } from '@/i18n';
import { lazyPage } from './lazy-page';

function AnalyticsTitle() {
  const { t } = useTranslation('analytics');
  return <h1>{t('title')}</h1>;
}

function PickListTitle() {
  const { t } = useTranslation('pick-list');
  return <h1>{t('title')}</h1>;
}

/** A page module whose arrival the test decides. */
function pendingModule(Component: ComponentType) {
  let arrive = () => {};
  const module = new Promise<{ Component: ComponentType }>((resolve) => {
    arrive = () => resolve({ Component });
  });
  return { load: vi.fn(() => module), arrive };
}

describe('lazyPage', () => {
  it('preload fetches the code and the declared catalogues, ready for the app’s first render', async () => {
    const { load, arrive } = pendingModule(AnalyticsTitle);
    const Page = lazyPage(load, { namespaces: ['analytics', 'common'] });

    const preloading = Page.preload('zh-CN');
    expect(load).toHaveBeenCalledTimes(1);
    arrive();
    await preloading;

    // The app makes its translations after the preload: the page's namespace is there at once.
    const i18n = await createI18n('zh-CN', { lazy: true });
    expect(i18n.hasResourceBundle('zh-CN', 'analytics')).toBe(true);
    expect(i18n.whenReady('analytics')).toBeNull();
    await act(async () => {
      render(
        <I18nProvider i18n={i18n}>
          <Suspense fallback={<p>waiting</p>}>
            <Page />
          </Suspense>
        </I18nProvider>,
      );
    });
    expect(screen.getByRole('heading', { name: '数据分析' })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetches the declared catalogues beside the code when it first renders', async () => {
    const { load, arrive } = pendingModule(PickListTitle);
    const Page = lazyPage(load, { namespaces: ['pick-list'] });
    const i18n = await createI18n('en', { lazy: true });

    await act(async () => {
      render(
        <I18nProvider i18n={i18n}>
          <Suspense fallback={<p>waiting</p>}>
            <Page />
          </Suspense>
        </I18nProvider>,
      );
    });
    // The code has not arrived, yet its catalogues (language and fallback) are on their way.
    await vi.waitFor(() => {
      expect(i18n.hasResourceBundle('en', 'pick-list')).toBe(true);
      expect(i18n.hasResourceBundle('zh-CN', 'pick-list')).toBe(true);
    });
    expect(screen.getByText('waiting')).toBeInTheDocument();

    await act(async () => arrive());
    expect(
      await screen.findByRole('heading', { name: 'Pick list and packing slips' }),
    ).toBeVisible();
  });
});
