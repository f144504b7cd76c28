import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { BulkRequest, BulkResult } from '@/api/contract/order-commands';
import { STATUS_TABS } from '@/domain/order/status';
import { tableRowTexts } from '@/components/table/test-rows';
import { renderApp } from '@/testing/render-app';
import { mockServer } from '@/testing/mock-server';

async function waitForRows() {
  await waitFor(() => expect(tableRowTexts('订单列表').length).toBeGreaterThan(1), {
    timeout: 8000,
  });
}

const countsOf = (n: number) => Object.fromEntries(STATUS_TABS.map((tab) => [tab, n]));

/** Answers bulk requests as a backend would: every order done except those the test says fail. */
function recordBulk(failOn: (index: number) => boolean) {
  const sent: { body: BulkRequest; key: string | null }[] = [];
  mockServer().use(
    http.post('*/api/orders/bulk', async ({ request }) => {
      const body = (await request.json()) as BulkRequest;
      sent.push({ body, key: request.headers.get('Idempotency-Key') });
      const ids = body.selection.kind === 'ids' ? body.selection.ids : ['o-a', 'o-b', 'o-c'];
      const results = ids.map((orderId, index) =>
        failOn(index) && sent.length === 1
          ? {
              orderId,
              number: `SO-${orderId}`,
              ok: false,
              code: 'wrong_state' as const,
              message: 'already shipped',
            }
          : { orderId, number: `SO-${orderId}`, ok: true },
      );
      const result: BulkResult = {
        succeeded: results.filter((r) => r.ok).length,
        failed: results.filter((r) => !r.ok).length,
        results,
      };
      return HttpResponse.json(result);
    }),
  );
  return sent;
}

describe('order list selection and bulk actions', () => {
  it('selects a page, then all matching orders, and sends the filter for "all"', async () => {
    const sent = recordBulk(() => false);
    const { user } = await renderApp({ route: '/orders?status=delivered', as: 'admin' });
    await waitForRows();

    await user.click(screen.getByRole('checkbox', { name: '选择本页全部订单' }));
    const bar = screen.getByRole('region', { name: '已选订单' });
    expect(bar).toHaveTextContent('已选 50 个订单');

    // Unticking one row leaves the page partly selected.
    const firstRow = screen.getAllByRole('checkbox', { name: /^选择订单 / })[0] as HTMLElement;
    await user.click(firstRow);
    expect(bar).toHaveTextContent('已选 49 个订单');
    expect(screen.getByRole('checkbox', { name: '选择本页全部订单' })).toHaveAttribute(
      'aria-checked',
      'mixed',
    );

    await user.click(
      within(bar).getByRole('button', { name: /^选择全部 [\d,]+ 个符合条件的订单$/ }),
    );
    expect(bar).toHaveTextContent(/已选择全部 [\d,]+ 个符合条件的订单/);
    const allText = bar.textContent ?? '';
    // Unticking a row after "all" excludes it from the filter's orders.
    await user.click(firstRow);
    expect(bar.textContent).not.toBe(allText);

    await user.click(within(bar).getByRole('button', { name: '审核通过' }));
    const confirm = await screen.findByRole('alertdialog', {}, { timeout: 5000 });
    await user.click(within(confirm).getByRole('button', { name: /^审核通过 [\d,]+ 个订单$/ }));
    await waitFor(() => expect(sent).toHaveLength(1));
    const selection = sent[0]?.body.selection;
    expect(selection?.kind).toBe('filter');
    if (selection?.kind === 'filter') {
      expect(selection.filter.status).toBe('delivered');
      expect(selection.filter.placedUpTo).toMatch(/^\d{4}-/);
      expect(selection.exclude).toHaveLength(1);
    }
  }, 60_000);

  it('shows "N done, M failed" with each reason, and retries only the failed orders', async () => {
    const sent = recordBulk((index) => index === 1 || index === 3);
    const { user } = await renderApp({ route: '/orders', as: 'admin' });
    await waitForRows();
    const boxes = screen.getAllByRole('checkbox', { name: /^选择订单 / });
    // A click, then Shift+click: the four rows between are ticked.
    await user.click(boxes[0] as HTMLElement);
    await user.keyboard('{Shift>}');
    await user.click(boxes[3] as HTMLElement);
    await user.keyboard('{/Shift}');
    const bar = screen.getByRole('region', { name: '已选订单' });
    expect(bar).toHaveTextContent('已选 4 个订单');

    await user.click(within(bar).getByRole('button', { name: '审核通过' }));
    const confirm = await screen.findByRole('alertdialog', {}, { timeout: 5000 });
    await user.click(within(confirm).getByRole('button', { name: '审核通过 4 个订单' }));

    const results = await screen.findByRole('dialog', { name: '批量审核结果' }, { timeout: 5000 });
    expect(results).toHaveTextContent('2 个成功，2 个失败');
    const failed = sent[0]?.body.selection.kind === 'ids' ? sent[0].body.selection.ids : [];
    const failedIds = [failed[1], failed[3]];
    for (const id of failedIds) {
      expect(within(results).getByRole('link', { name: `SO-${id}` })).toBeInTheDocument();
    }
    expect(within(results).getAllByText('当前状态下不能执行此操作。')).toHaveLength(2);
    expect(within(results).getAllByText('already shipped')).toHaveLength(2);
    // The selection is spent once the action is done.
    expect(screen.queryByRole('region', { name: '已选订单' })).not.toBeInTheDocument();

    await user.click(within(results).getByRole('button', { name: '重试失败的 2 个订单' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.body).toEqual({
      selection: { kind: 'ids', ids: failedIds },
      operation: { kind: 'approve' },
    });
    // A new action, a new idempotency key.
    expect(sent[1]?.key).toBeTruthy();
    expect(sent[1]?.key).not.toBe(sent[0]?.key);
    await waitFor(() => expect(results).toHaveTextContent('2 个成功，0 个失败'));
  }, 60_000);

  it('announces orders that arrived after the list was loaded, and shows them on request', async () => {
    const pins: string[] = [];
    mockServer().use(
      http.get('*/api/orders/counts', ({ request }) => {
        const after = new URL(request.url).searchParams.get('placedAfter');
        if (!after) return undefined;
        pins.push(after);
        // Three orders arrived after the first pin; none after the next.
        return HttpResponse.json(countsOf(after === pins[0] ? 3 : 0));
      }),
    );
    const { user } = await renderApp({ route: '/orders', as: 'admin' });
    await waitForRows();
    const banner = await screen.findByText('有 3 个新订单', {}, { timeout: 8000 });
    await user.click(
      within(banner.parentElement as HTMLElement).getByRole('button', { name: '显示' }),
    );
    await waitFor(() => expect(screen.queryByText('有 3 个新订单')).not.toBeInTheDocument());
    expect(pins.at(-1)).not.toBe(pins[0]);
    expect(Date.parse(pins.at(-1) ?? '')).toBeGreaterThanOrEqual(Date.parse(pins[0] ?? ''));
  }, 60_000);
});
