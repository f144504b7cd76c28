import { act, render, screen } from '@testing-library/react';
import { Component, Suspense, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LOCALES } from '@/lib/locales';
import { BUNDLED_NAMESPACES, changeLocale, createI18n, I18n, I18nProvider, NAMESPACES } from '.';
import { useTranslation } from './react';

/** What was on the screen, in order: the fallback while waiting, then each text rendered. */
let shown: string[] = [];

function Title({ namespace }: { namespace: string }) {
  const { t } = useTranslation(namespace);
  shown.push(t('title'));
  return <h1>{t('title')}</h1>;
}

function Waiting() {
  shown.push('(waiting)');
  return <p>waiting</p>;
}

/** A component that suspends on a promise must render inside an awaited act, as in the browser's own scheduling. */
async function renderWith(i18n: I18n, children: ReactNode) {
  shown = [];
  await act(async () => {
    render(
      <I18nProvider i18n={i18n}>
        <Boundary>
          <Suspense fallback={<Waiting />}>{children}</Suspense>
        </Boundary>
      </I18nProvider>,
    );
  });
}

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">failed</p> : this.props.children;
  }
}

// Fetched catalogues stay for instances made later (as after a preload in the app), so each test
// asks for namespaces no earlier test of this file has fetched.
describe('catalogues on demand', () => {
  it('bundles only the first screens’ namespaces and leaves the rest for later', async () => {
    expect(BUNDLED_NAMESPACES).toEqual(['auth', 'common', 'orders', 'table']);
    const i18n = await createI18n('zh-CN', { lazy: true });
    expect(i18n.whenReady('orders')).toBeNull();
    expect(i18n.hasResourceBundle('zh-CN', 'waybills')).toBe(false);
    expect(i18n.whenReady('waybills')).toBeInstanceOf(Promise);
  });

  it('suspends a component whose namespace has not arrived, then renders it translated', async () => {
    const i18n = await createI18n('zh-CN', { lazy: true });
    await renderWith(i18n, <Title namespace="inventory" />);

    expect(await screen.findByRole('heading', { name: '库存' })).toBeVisible();
    expect(shown).toEqual(['(waiting)', '库存']);
  });

  it('waits for every namespace a component lists', async () => {
    const i18n = await createI18n('zh-CN', { lazy: true });
    function Both() {
      const { t } = useTranslation(['analytics', 'pick-list']);
      return <h1>{`${t('title')} / ${t('pick-list:title')}`}</h1>;
    }
    await renderWith(i18n, <Both />);

    expect(await screen.findByRole('heading', { name: '数据分析 / 拣货单与装箱单' })).toBeVisible();
  });

  it('fetches a namespace reached only through "ns:key", showing the text once it is here', async () => {
    const i18n = await createI18n('zh-CN', { lazy: true });
    function Elsewhere() {
      const { t } = useTranslation('common');
      return <p>{t('review:title')}</p>;
    }
    await renderWith(i18n, <Elsewhere />);

    expect(await screen.findByText('待审核队列')).toBeInTheDocument();
  });

  it('loads the new language for the namespaces in use, and later ones on demand', async () => {
    const i18n = await createI18n('zh-CN', { lazy: true });
    await i18n.loadNamespaces(['inventory']);

    await changeLocale(i18n, 'en');

    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    for (const namespace of [...BUNDLED_NAMESPACES, 'inventory'])
      expect(i18n.hasResourceBundle('en', namespace), namespace).toBe(true);
    expect(i18n.hasResourceBundle('en', 'settings')).toBe(false);

    await renderWith(i18n, <Title namespace="settings" />);
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeVisible();
    expect(shown).toEqual(['(waiting)', 'Settings']);
    expect(i18n.hasResourceBundle('zh-CN', 'settings')).toBe(true);
  });

  it('starts a non-default language with the first screens’ namespaces in it', async () => {
    const i18n = await createI18n('zh-TW', { lazy: true });
    expect(i18n.language).toBe('zh-TW');
    for (const namespace of BUNDLED_NAMESPACES)
      expect(i18n.hasResourceBundle('zh-TW', namespace), namespace).toBe(true);
    expect(i18n.hasResourceBundle('zh-TW', 'carrier-rules')).toBe(false);
  });
});

describe('createI18n without lazy (tests, screens outside the pages)', () => {
  it.each(LOCALES)('has every namespace of %s loaded and its fallback', async (locale) => {
    const i18n = await createI18n(locale);
    expect(NAMESPACES.length).toBeGreaterThanOrEqual(16);
    const missing = NAMESPACES.flatMap((namespace) =>
      [locale, 'zh-CN'].filter((language) => !i18n.hasResourceBundle(language, namespace)),
    );
    expect(missing).toEqual([]);
    expect(NAMESPACES.every((namespace) => i18n.whenReady(namespace) === null)).toBe(true);
  });
});

describe('the core on its own', () => {
  it('hands a failed fetch to the error boundary instead of showing keys', async () => {
    const i18n = new I18n({
      language: 'zh-CN',
      fallbackLanguage: 'zh-CN',
      defaultNamespace: 'common',
      load: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    });
    // React reports the error it hands to the boundary; that report is expected here.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderWith(i18n, <Title namespace="inventory" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('failed');
    reported.mockRestore();
    expect(shown).toEqual(['(waiting)']);
  });

  it('never suspends without a loader: what was added is all there is', async () => {
    const i18n = new I18n({ language: 'en', fallbackLanguage: 'en', defaultNamespace: 'common' });
    i18n.addResourceBundle('en', 'common', { title: 'Hello' });
    await renderWith(i18n, <Title namespace="common" />);
    expect(screen.getByRole('heading', { name: 'Hello' })).toBeVisible();
    expect(shown).toEqual(['Hello']);
  });
});
