import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { snoozeDateRange } from '@/domain/inventory/alerts';
import { tableRowTexts } from '@/components/table/test-rows';
import { mockServer } from '@/testing/mock-server';
import { renderApp } from '@/testing/render-app';
import { present } from '@/testing/present';

const TABLE = '库存预警列表';
// The first cell of a row is its selection checkbox.
const COLUMN = { level: 1, sku: 2, location: 4, state: 7 } as const;
const tableRows = () => tableRowTexts(TABLE);
const rowsLoaded = () =>
  waitFor(() => expect(tableRows().length).toBeGreaterThan(0), { timeout: 10_000 });
const bell = () =>
  screen.findByRole('button', { name: /^库存预警，[\d,]+ 条未处理$/ }, { timeout: 10_000 });

/** The open count the header's bell announces. */
async function badgeCount(): Promise<number> {
  const label = (await bell()).getAttribute('aria-label') ?? '';
  return Number(present(/(\d[\d,]*)/.exec(label)?.[1], 'a count in the bell').replace(/,/g, ''));
}

/** SKU and location: what names one alert in the table. */
const keyOf = (cells: string[]) => `${cells[COLUMN.sku]}@${cells[COLUMN.location]}`;

/** Answers come from the in-process backend; a busy test machine may take a few seconds. */
const eventually = (assertion: () => unknown) => waitFor(assertion, { timeout: 5000 });

describe('stock alerts page', () => {
  it('keeps state, level and location in the URL and lists only what they allow', async () => {
    const { user, router } = await renderApp({ route: '/inventory/alerts?level=out', as: 'admin' });
    const params = () => new URLSearchParams(router.state.location.search);
    const level = await screen.findByRole('combobox', { name: '预警级别' }, { timeout: 10_000 });
    expect(level).toHaveValue('out');
    expect(screen.getByRole('combobox', { name: '处理状态' })).toHaveValue('');
    await rowsLoaded();
    expect(new Set(tableRows().map((cells) => cells[COLUMN.level]))).toEqual(new Set(['缺货']));

    await user.selectOptions(screen.getByRole('combobox', { name: '处理状态' }), '已确认');
    expect(params().get('state')).toBe('acknowledged');
    expect(params().get('level')).toBe('out');
    await eventually(() =>
      expect(tableRows().every((cells) => cells[COLUMN.state]?.startsWith('已确认'))).toBe(true),
    );

    const location = screen.getByRole('combobox', { name: '仓库/门店' }) as HTMLSelectElement;
    await eventually(() => expect(location.options.length).toBeGreaterThan(1));
    const chosen = present(location.options[1], 'a location option');
    await user.selectOptions(location, chosen.value);
    expect(params().get('locationId')).toBe(chosen.value);
    await eventually(() =>
      expect(
        tableRows().every(
          (cells) => cells.length === 1 || cells[COLUMN.location] === chosen.textContent,
        ),
      ).toBe(true),
    );

    // Back undoes the last filter; the defaults stay out of the URL.
    await router.navigate(-1);
    expect(params().get('locationId')).toBeNull();
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(router.state.location.search).toBe('');
  });

  it('acknowledging an alert takes it off the open list and the badge count drops at once', async () => {
    const { user } = await renderApp({ route: '/inventory/alerts?state=open', as: 'manager.east' });
    await rowsLoaded();
    const before = await badgeCount();
    const [first] = tableRows();
    const key = keyOf(present(first, 'an open alert'));

    const [acknowledge] = screen.getAllByRole('button', { name: /^确认预警：/ });
    await user.click(present(acknowledge, 'an acknowledge button'));

    await eventually(() => expect(tableRows().map(keyOf)).not.toContain(key));
    await eventually(async () => expect(await badgeCount()).toBe(before - 1));
    expect(await screen.findByText(/^已确认 .+ 的预警$/)).toBeInTheDocument();

    // It is still listed with everything not cleared, acknowledged by the signed-in manager.
    await user.selectOptions(screen.getByRole('combobox', { name: '处理状态' }), '已确认');
    await eventually(() => expect(tableRows().map(keyOf)).toContain(key));
    const row = present(
      tableRows().find((cells) => keyOf(cells) === key),
      'the acknowledged alert',
    );
    expect(row[COLUMN.state]).toMatch(/^已确认.+ · /);
  });

  it('says who handled an alert first when the acknowledgement comes too late', async () => {
    mockServer().use(
      http.post('*/api/alerts/:id/acknowledgement', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            code: 'version_conflict',
            current: {
              version: 9,
              updatedAt: '2026-03-02T02:30:00Z',
              updatedBy: { id: 'u-other', name: '赵敏' },
            },
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await renderApp({ route: '/inventory/alerts?state=open', as: 'admin' });
    await rowsLoaded();
    const [acknowledge] = screen.getAllByRole('button', { name: /^确认预警：/ });
    await user.click(present(acknowledge, 'an acknowledge button'));
    expect(
      await screen.findByText(
        '这条预警刚被赵敏处理过（2026/03/02 10:30），已刷新，请看过最新状态后再操作。',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });

  it('acknowledges the ticked alerts together', async () => {
    const { user } = await renderApp({ route: '/inventory/alerts?state=open', as: 'admin' });
    await rowsLoaded();
    const before = await badgeCount();
    const [first, second] = tableRows().map(keyOf);
    const boxes = screen.getAllByRole('checkbox', { name: /^选择 / });
    await user.click(present(boxes[0], 'a row checkbox'));
    await user.click(present(boxes[1], 'a second row checkbox'));
    const bar = screen.getByRole('region', { name: '已选 2 条' });
    await user.click(within(bar).getByRole('button', { name: '确认所选' }));

    expect(await screen.findByText('已确认 2 条预警', {}, { timeout: 5000 })).toBeInTheDocument();
    await eventually(() => expect(tableRows().map(keyOf)).not.toContain(first));
    expect(tableRows().map(keyOf)).not.toContain(second);
    await eventually(async () => expect(await badgeCount()).toBe(before - 2));
    expect(screen.queryByRole('region', { name: /^已选/ })).not.toBeInTheDocument();
  });

  it('snoozes an alert until a date (tomorrow by default, checked) and says so', async () => {
    const { user } = await renderApp({ route: '/inventory/alerts?state=open', as: 'manager.east' });
    await rowsLoaded();
    const key = keyOf(present(tableRows()[0], 'an open alert'));
    const [snooze] = screen.getAllByRole('button', { name: /^稍后提醒：/ });
    await user.click(present(snooze, 'a snooze button'));

    const dialog = await screen.findByRole('dialog', { name: '稍后提醒' }, { timeout: 5000 });
    const date = within(dialog).getByLabelText('提醒日期');
    const { min: tomorrow } = snoozeDateRange(Date.now(), 'Asia/Shanghai');
    expect(date).toHaveValue(tomorrow);

    // Today is too soon: refused before anything is sent.
    await user.clear(date);
    await user.type(date, '2020-01-01');
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(await within(dialog).findByText(/^请选择 .+ 到 .+ 之间的日期。$/)).toBeInTheDocument();

    await user.clear(date);
    await user.type(date, tomorrow);
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await eventually(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // It leaves the open list; with every live alert it shows until when it sleeps.
    await eventually(() => expect(tableRows().map(keyOf)).not.toContain(key));
    await user.selectOptions(screen.getByRole('combobox', { name: '处理状态' }), '稍后提醒');
    await eventually(() => expect(tableRows().map(keyOf)).toContain(key));
    const row = present(
      tableRows().find((cells) => keyOf(cells) === key),
      'the snoozed alert',
    );
    expect(row[COLUMN.state]).toBe(`稍后提醒至 ${tomorrow.replace(/-/g, '/')}`);
  });

  it('snoozes an alert until its level changes', async () => {
    const { user } = await renderApp({ route: '/inventory/alerts?state=open', as: 'admin' });
    await rowsLoaded();
    const key = keyOf(present(tableRows()[0], 'an open alert'));
    const [snooze] = screen.getAllByRole('button', { name: /^稍后提醒：/ });
    await user.click(present(snooze, 'a snooze button'));
    const dialog = await screen.findByRole('dialog', { name: '稍后提醒' }, { timeout: 5000 });
    await user.click(within(dialog).getByRole('radio', { name: '直到库存级别变化' }));
    expect(within(dialog).queryByLabelText('提醒日期')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await eventually(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.selectOptions(screen.getByRole('combobox', { name: '处理状态' }), '稍后提醒');
    await eventually(() => expect(tableRows().map(keyOf)).toContain(key));
    const row = present(
      tableRows().find((cells) => keyOf(cells) === key),
      'the snoozed alert',
    );
    expect(row[COLUMN.state]).toBe('稍后提醒直到库存级别变化');
  });
});
