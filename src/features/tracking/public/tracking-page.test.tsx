import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { Order } from '@/api/contract';
import { I18nProvider } from '@/i18n/react';
import type { Locale } from '@/lib/locales';
import { getMockServer, mockServer } from '@/testing/mock-server';
import { TEST_API_BASE } from '@/testing/render-app';
import { createPublicTrackingApi } from './api';
import { createTrackI18n } from './locale';
import { TrackingPage } from './tracking-page';
import { tokenInUrl } from './use-public-tracking';

const NOT_FOUND = '找不到与这些信息匹配的订单，请检查订单号和联系方式';

/** The page as /track renders it, at a URL, talking to the mock backend over HTTP. */
async function renderTrackingPage({ url = '/track', locale = 'zh-CN' as Locale } = {}) {
  window.history.replaceState(null, '', url);
  const i18n = await createTrackI18n(locale);
  const api = createPublicTrackingApi({ baseUrl: TEST_API_BASE });
  render(
    <I18nProvider i18n={i18n}>
      <TrackingPage api={api} initialToken={tokenInUrl()} />
    </I18nProvider>,
  );
  return { user: userEvent.setup() };
}

async function asStaff<T>(path: string): Promise<T> {
  const { token } = getMockServer().sessionFor('admin');
  const response = await fetch(`${TEST_API_BASE}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as T;
}

/**
 * A shipped order still on its way, as staff see it: its number, and the phone's last four
 * digits, which the masked phone shows. A customer who reads Simplified Chinese, so the page
 * keeps the language the test reads.
 */
async function orderInTransit(): Promise<{ number: string; last4: string }> {
  const list = await asStaff<{ items: { id: string }[] }>('/orders?status=shipped&pageSize=100');
  for (const { id } of list.items) {
    const order = await asStaff<Order>(`/orders/${id}`);
    const parcel = order.shipments.at(-1);
    if (
      parcel?.trackingStatus === 'in_transit' &&
      parcel.events.some((event) => event.code === 'picked_up') &&
      order.customer.locale === 'zh-CN'
    ) {
      return { number: order.number, last4: order.customer.phone.slice(-4) };
    }
  }
  throw new Error('the seed has no order in transit');
}

async function lookUp(
  user: ReturnType<typeof userEvent.setup>,
  orderNumber: string,
  proof: { last4: string } | { email: string },
) {
  await user.type(screen.getByLabelText('订单号'), orderNumber);
  if ('email' in proof) {
    await user.click(screen.getByRole('radio', { name: '邮箱' }));
    await user.type(screen.getByLabelText('邮箱地址'), proof.email);
  } else {
    await user.type(screen.getByLabelText('手机号后4位'), proof.last4);
  }
  await user.click(screen.getByRole('button', { name: '查询' }));
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the public tracking page', () => {
  it('shows the progress and the events of an order found with the phone’s last 4 digits', async () => {
    const order = await orderInTransit();
    const { user } = await renderTrackingPage();

    await lookUp(user, order.number.toLowerCase(), { last4: order.last4 });

    const heading = await screen.findByRole('heading', { name: `订单 ${order.number}` });
    await waitFor(() => expect(heading).toHaveFocus());
    const progress = screen.getByRole('list', { name: '物流进度' });
    const steps = within(progress).getAllByRole('listitem');
    const expected = [
      '已确认 (已完成)',
      '已发货 (已完成)',
      '运输中 (当前进度)',
      '派送中 (未开始)',
      '已签收 (未开始)',
    ];
    expect(steps).toHaveLength(expected.length);
    steps.forEach((step, index) => expect(step).toHaveTextContent(expected[index] ?? ''));
    expect(steps[2]).toHaveAttribute('aria-current', 'step');
    const events = screen.getByRole('region', { name: '物流动态' });
    expect(within(events).getByText('快递员已揽收')).toBeInTheDocument();
    expect(screen.getByText('预计送达')).toBeInTheDocument();
    // A reload keeps the answer: the link token is in the address bar.
    expect(tokenInUrl()).toMatch(/\S{10,}/);
  });

  it('gives a wrong e-mail and an unknown order number the very same answer', async () => {
    const order = await orderInTransit();
    const { user } = await renderTrackingPage();

    await lookUp(user, order.number, { email: 'someone.else@example.com' });
    const wrongEmail = await screen.findByRole('alert');
    expect(wrongEmail).toHaveTextContent(NOT_FOUND);

    await user.clear(screen.getByLabelText('订单号'));
    await user.clear(screen.getByLabelText('邮箱地址'));
    await lookUp(user, 'SO2099010100001', { email: 'someone.else@example.com' });
    await waitFor(() => expect(screen.getByRole('button', { name: '查询' })).toBeEnabled());
    expect(screen.getByRole('alert')).toHaveTextContent(NOT_FOUND);
    expect(screen.getByRole('alert').textContent).toBe(wrongEmail.textContent);
  });

  it('says what is missing before anything is sent', async () => {
    const { user } = await renderTrackingPage();
    await user.click(screen.getByRole('button', { name: '查询' }));

    expect(screen.getByLabelText('订单号')).toHaveFocus();
    expect(screen.getByLabelText('订单号')).toHaveAccessibleDescription(
      expect.stringContaining('请输入订单号'),
    );
    expect(screen.getByLabelText('手机号后4位')).toHaveAccessibleDescription(
      expect.stringContaining('请输入手机号后4位'),
    );
    await user.type(screen.getByLabelText('手机号后4位'), '12a');
    expect(screen.getByLabelText('手机号后4位')).toHaveAccessibleDescription(
      expect.stringContaining('请输入4位数字'),
    );
    expect(screen.getByLabelText('手机号后4位')).toHaveAttribute('inputmode', 'numeric');
    await user.click(screen.getByRole('radio', { name: '邮箱' }));
    await user.type(screen.getByLabelText('邮箱地址'), 'not-an-address');
    expect(screen.getByLabelText('邮箱地址')).toHaveAccessibleDescription(
      expect.stringContaining('邮箱格式不正确'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens the order of a link directly', async () => {
    const order = await orderInTransit();
    const answer = await fetch(`${TEST_API_BASE}/public/tracking`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ orderNumber: order.number, phoneLast4: order.last4 }),
    });
    const { token } = (await answer.json()) as { token: string };

    await renderTrackingPage({ url: `/track?t=${encodeURIComponent(token)}` });
    expect(
      await screen.findByRole('heading', { name: `订单 ${order.number}` }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '查询订单' })).not.toBeInTheDocument();
  });

  it('asks for the details when a link is no longer valid', async () => {
    await renderTrackingPage({ url: '/track?t=not-a-real-token-at-all' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '这个查询链接已失效，请输入订单号和联系方式查询',
    );
    expect(screen.getByRole('form', { name: '查询订单' })).toBeInTheDocument();
    expect(tokenInUrl()).toBeNull();
  });

  it('rewords the events when the customer picks another language, and remembers it', async () => {
    const order = await orderInTransit();
    const { user } = await renderTrackingPage();
    await lookUp(user, order.number, { last4: order.last4 });
    await screen.findByText('快递员已揽收');

    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English');

    expect(await screen.findByText('Picked up by the courier')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: `Order ${order.number}` })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent(
      'On its way (current step)',
    );
    expect(document.title).toBe(`${order.number} · Track your order`);
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('order-desk.track.locale')).toBe('en');
  });

  it('asks to wait after too many attempts, and offers a retry when the network fails', async () => {
    const { user } = await renderTrackingPage();
    mockServer().use(
      http.post(`${TEST_API_BASE}/public/tracking`, () => HttpResponse.error(), { once: true }),
      http.post(`${TEST_API_BASE}/public/tracking`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Too many', status: 429, code: 'rate_limited' },
          { status: 429 },
        ),
      ),
    );

    await lookUp(user, 'SO2026112200123', { last4: '1234' });
    expect(await screen.findByRole('alert')).toHaveTextContent('暂时无法连接，请检查网络后重试');

    await act(() => user.click(screen.getByRole('button', { name: '重试' })));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('尝试次数过多，请稍后再试'),
    );
    expect(screen.queryByRole('button', { name: '重试' })).not.toBeInTheDocument();
  });
});
