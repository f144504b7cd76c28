import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePreferences } from '@/lib/preferences';
import { renderApp } from '@/testing/render-app';

describe('settings page', () => {
  it('switches the table density and remembers it', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin' });
    const compact = await screen.findByRole('radio', { name: '紧凑' });

    await user.click(compact);

    expect(compact).toBeChecked();
    expect(usePreferences.getState().density).toBe('compact');
    expect(document.documentElement.dataset.density).toBe('compact');
  });

  it('changes the interface language', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin' });

    await user.selectOptions(await screen.findByRole('combobox', { name: '界面语言' }), 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('offers the demo reset only when the demo backend runs', async () => {
    await renderApp({ route: '/settings', as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: '设置' });
    expect(screen.queryByRole('button', { name: '重置演示数据' })).not.toBeInTheDocument();
  });

  it('shows the demo reset with the demo backend, behind a confirmation', async () => {
    const { user } = await renderApp({ route: '/settings', as: 'admin', withDemo: true });

    await user.click(await screen.findByRole('button', { name: '重置演示数据' }));

    expect(await screen.findByRole('alertdialog', { name: '重置演示数据？' })).toBeInTheDocument();
  });
});
