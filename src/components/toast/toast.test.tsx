import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@/i18n';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/i18n';
import { Toaster, toast } from './index';

async function renderToaster() {
  const i18n = await createI18n('zh-CN');
  render(
    <I18nProvider i18n={i18n}>
      <Toaster />
    </I18nProvider>,
  );
}

describe('toasts', () => {
  it('announces errors assertively and the rest politely', async () => {
    await renderToaster();
    act(() => {
      toast.success('已保存');
      toast.error('保存失败');
    });
    expect(screen.getByRole('status')).toHaveTextContent('已保存');
    expect(screen.getByRole('alert')).toHaveTextContent('保存失败');
  });

  it('runs its action and goes away', async () => {
    await renderToaster();
    const retry = vi.fn();
    act(() => {
      toast.error('加载失败', { action: { label: '重试', onClick: retry } });
    });

    await userEvent.setup().click(screen.getByRole('button', { name: '重试' }));

    expect(retry).toHaveBeenCalledOnce();
    expect(screen.queryByText('加载失败')).not.toBeInTheDocument();
  });

  it('dismisses itself after a while', async () => {
    vi.useFakeTimers();
    try {
      await renderToaster();
      act(() => {
        toast.info('已复制', { duration: 1000 });
      });
      expect(screen.getByText('已复制')).toBeInTheDocument();
      act(() => {
        vi.advanceTimersByTime(1100);
      });
      expect(screen.queryByText('已复制')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
