import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
// 'react-router/dom' would load a second copy of the router under Node's module resolution.
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { problemType } from '@/api/contract/problem';
import { createI18n } from '@/i18n';
import { RouteError } from './route-error';

describe('route error boundary', () => {
  it('explains the failure and renders the page again on retry', async () => {
    let backendDown = true;
    function FlakyPage() {
      if (backendDown) {
        throw new ApiError({ type: problemType('unavailable'), title: 'Service Unavailable', status: 503, code: 'unavailable' });
      }
      return <h1>页面内容</h1>;
    }
    const router = createMemoryRouter([{ path: '/', element: <FlakyPage />, errorElement: <RouteError /> }]);
    const i18n = await createI18n('zh-CN');
    render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={new QueryClient()}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nextProvider>,
    );

    expect(await screen.findByRole('heading', { name: '页面出错了' })).toBeInTheDocument();
    expect(screen.getByText('服务暂时不可用，请稍后再试。')).toBeInTheDocument();

    backendDown = false;
    await userEvent.setup().click(screen.getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('heading', { name: '页面内容' })).toBeInTheDocument();
  });
});
