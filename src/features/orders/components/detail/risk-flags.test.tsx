import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { mockServer } from '@/testing/mock-server';
import { apiAs, firstOrder } from '../actions/test-orders';

describe('risk flags on the order page', () => {
  it('names each flag with the threshold that raised it', async () => {
    const summary = await firstOrder('admin', 'pending_review');
    const order = await (await apiAs('admin', `/orders/${summary.id}`)).json();
    mockServer().use(
      http.get(`*/api/orders/${summary.id}`, () =>
        HttpResponse.json({ ...order, riskFlags: ['high_amount', 'repeat_phone_24h'] }),
      ),
    );
    await renderApp({ route: `/orders/${summary.id}`, as: 'admin' });
    const risks = await screen.findByRole('region', { name: '风险提示' }, { timeout: 10_000 });
    const items = within(risks).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('金额较高 — 订单金额超过 ¥5,000.00');
    expect(items[1]).toHaveTextContent('同一手机号 24 小时内下了 3 单或更多');
  });
});
