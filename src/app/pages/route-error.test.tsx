import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { problemType } from '@/api/contract/problem';
import { createI18n, I18nProvider } from '@/i18n';
import { RouteBoundary } from '../route-boundary';

async function renderInBoundary(page: ReactNode) {
  const i18n = await createI18n('zh-CN');
  render(
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <RouteBoundary>{page}</RouteBoundary>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

describe('route error boundary', () => {
  // React reports every caught render error on the console; here the failures are the point.
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('explains the failure and renders the page again on retry', async () => {
    let backendDown = true;
    function FlakyPage() {
      if (backendDown) {
        throw new ApiError({
          type: problemType('unavailable'),
          title: 'Service Unavailable',
          status: 503,
          code: 'unavailable',
        });
      }
      return <h1>页面内容</h1>;
    }
    await renderInBoundary(<FlakyPage />);

    expect(await screen.findByRole('heading', { name: '页面出错了' })).toBeInTheDocument();
    expect(screen.getByText('服务暂时不可用，请稍后再试。')).toBeInTheDocument();

    backendDown = false;
    await userEvent.setup().click(screen.getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('heading', { name: '页面内容' })).toBeInTheDocument();
  });

  it('offers a reload when the page code cannot be fetched', async () => {
    function MissingChunk(): ReactNode {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/order-list-old.js');
    }
    await renderInBoundary(<MissingChunk />);

    expect(await screen.findByRole('heading', { name: '页面出错了' })).toBeInTheDocument();
    expect(screen.getByText('页面文件加载失败，应用可能已更新，请重新加载。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument();
  });
});
