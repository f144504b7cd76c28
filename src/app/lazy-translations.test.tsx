import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

/** The app with translations loaded as in the browser: bundled ones first, the rest with pages. */
describe('translations loading with the pages', () => {
  it('brings each page’s catalogues with it, and only those', async () => {
    const { user, i18n } = await renderApp({
      route: '/settings',
      as: 'admin',
      lazyCatalogues: true,
    });

    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '承运规则' })).toBeInTheDocument();
    expect(i18n.hasResourceBundle('zh-CN', 'inventory')).toBe(false);

    const nav = screen.getByRole('navigation', { name: '主导航' });
    await user.click(within(nav).getByRole('link', { name: '库存' }));
    expect(await screen.findByRole('heading', { level: 1, name: '库存' })).toBeInTheDocument();
    expect(i18n.hasResourceBundle('zh-CN', 'inventory')).toBe(true);
    expect(i18n.hasResourceBundle('zh-CN', 'analytics')).toBe(false);
  });

  it('switches language for the pages seen so far and those opened later', async () => {
    const { user, i18n } = await renderApp({
      route: '/settings',
      as: 'admin',
      lazyCatalogues: true,
    });
    expect(await screen.findByRole('heading', { name: '承运规则' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /切换语言/ }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Carrier rules' })).toBeInTheDocument();
    expect(i18n.hasResourceBundle('en', 'carrier-rules')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'analytics')).toBe(false);

    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    await user.click(within(nav).getByRole('link', { name: 'Analytics' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Analytics' })).toBeInTheDocument();
  });
});
