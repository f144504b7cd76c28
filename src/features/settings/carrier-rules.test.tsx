import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { BackendProvider } from '@/api/backend-context';
import type { CarrierRuleSetUpdate } from '@/api/contract/fulfilment';
import { RuntimeConfig } from '@/api/contract/runtime';
import { isApiError } from '@/api/errors';
import { createRestBackend } from '@/api/rest/client';
import { RuntimeProvider } from '@/api/runtime-context';
import { currentToken, useSessionStore } from '@/api/session-store';
import { Toaster } from '@/components/toast';
import { createI18n, I18nProvider } from '@/i18n';
import { getMockServer, mockServer } from '@/testing/mock-server';
import { TEST_API_BASE, type DemoUsername } from '@/testing/render-app';
import { CarrierRulesSection } from './components/carrier-rules-section';

/** The section alone, against the mock backend, signed in as `as`. */
async function renderSection(as: DemoUsername) {
  useSessionStore.getState().signedIn(getMockServer().sessionFor(as));
  const backend = createRestBackend({ baseUrl: TEST_API_BASE, getToken: currentToken });
  const config = RuntimeConfig.parse({ backend: 'rest', apiBaseUrl: TEST_API_BASE });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const i18n = await createI18n('zh-CN');
  render(
    <I18nProvider i18n={i18n}>
      <RuntimeProvider runtime={{ config, demo: null }}>
        <BackendProvider backend={backend}>
          <QueryClientProvider client={queryClient}>
            <CarrierRulesSection />
            <Toaster />
          </QueryClientProvider>
        </BackendProvider>
      </RuntimeProvider>
    </I18nProvider>,
  );
  return { user: userEvent.setup(), backend };
}

const ruleList = () => screen.findByRole('list', { name: '承运规则（按顺序）' });

describe('carrier rules', () => {
  it('lets an admin reorder, change, add and save the rules against their version', async () => {
    const sent: CarrierRuleSetUpdate[] = [];
    mockServer().events.on('request:start', ({ request }) => {
      if (request.method === 'PUT' && request.url.endsWith('/carrier-rules'))
        void request
          .clone()
          .json()
          .then((body: CarrierRuleSetUpdate) => sent.push(body));
    });
    const db = getMockServer().db;
    const before = structuredClone(db.carrierRules);
    expect(before.rules.length).toBeGreaterThanOrEqual(2);
    const { user } = await renderSection('admin');
    await ruleList();
    const save = screen.getByRole('button', { name: '保存规则' });
    expect(save).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '上移第 2 条规则' }));
    expect(screen.getByRole('button', { name: '上移第 1 条规则' })).toBeDisabled();
    await user.selectOptions(
      screen.getByRole('combobox', { name: '第 1 条规则的快递公司' }),
      'EMS',
    );
    await user.click(screen.getByRole('button', { name: '添加规则' }));
    const n = before.rules.length + 1;
    const region = screen.getByRole('combobox', { name: `第 ${n} 条规则的收货区域` });
    expect(region).toHaveFocus();
    await user.selectOptions(region, 'east');
    await user.type(
      screen.getByRole('textbox', { name: `第 ${n} 条规则的最大重量（千克）` }),
      '30',
    );
    await user.click(save);

    expect(await screen.findByText('承运规则已保存')).toBeInTheDocument();
    await waitFor(() => expect(sent).toHaveLength(1));
    const [first, second, ...rest] = before.rules;
    expect(sent[0]).toEqual({
      version: before.version,
      fallback: before.fallback,
      rules: [
        { ...second, carrier: 'EMS' },
        first,
        ...rest,
        { region: 'east', maxWeightGrams: 30_000, carrier: before.fallback },
      ],
    });
    expect(db.carrierRules.version).toBe(before.version + 1);
    expect(screen.getByRole('button', { name: '保存规则' })).toBeDisabled();
    mockServer().events.removeAllListeners();
  });

  it('shows a rule that can never apply on its row, and sends nothing', async () => {
    let puts = 0;
    mockServer().events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') puts += 1;
    });
    const { user } = await renderSection('manager.east');
    await ruleList();
    await user.click(screen.getByRole('button', { name: '添加规则' }));
    const n = getMockServer().db.carrierRules.rules.length + 1;
    // The first seeded rule already takes every parcel to the south up to 20 kg.
    await user.selectOptions(
      screen.getByRole('combobox', { name: `第 ${n} 条规则的收货区域` }),
      'south',
    );
    await user.type(screen.getByRole('textbox', { name: `第 ${n} 条规则的最大重量（千克）` }), '5');
    await user.click(screen.getByRole('button', { name: '保存规则' }));

    expect(
      await screen.findByText('第 1 条规则已覆盖这条规则，它永远不会生效'),
    ).toBeInTheDocument();
    expect(puts).toBe(0);
    mockServer().events.removeAllListeners();
  });

  it('explains a save refused because someone else changed the rules, and reloads theirs', async () => {
    const { user } = await renderSection('admin');
    await ruleList();
    const db = getMockServer().db;
    db.replaceCarrierRules({
      ...db.carrierRules,
      fallback: 'SF',
      version: db.carrierRules.version + 1,
      updatedAt: new Date().toISOString(),
      updatedBy: { id: 'u-other', name: '王经理' },
    });
    await user.selectOptions(screen.getByRole('combobox', { name: '默认快递公司' }), 'JD');
    await user.click(screen.getByRole('button', { name: '保存规则' }));

    const notice = await screen.findByText(/王经理 刚刚修改了承运规则/);
    expect(notice.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByRole('combobox', { name: '默认快递公司' })).toHaveValue('JD');
    await user.click(screen.getByRole('button', { name: '重新加载' }));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: '默认快递公司' })).toHaveValue('SF'),
    );
    expect(screen.queryByText(/王经理 刚刚修改了承运规则/)).not.toBeInTheDocument();
  });

  it('shows warehouse staff the rules read-only, with the try-it line; the backend refuses their change', async () => {
    const { user, backend } = await renderSection('warehouse.sh');
    const rules = getMockServer().db.carrierRules;
    const table = await screen.findByRole('table', { name: '承运规则' });
    expect(within(table).getAllByRole('row')).toHaveLength(rules.rules.length + 2);
    expect(screen.queryByRole('button', { name: '保存规则' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '添加规则' })).not.toBeInTheDocument();

    const weight = screen.getByRole('textbox', { name: '重量（千克）' });
    await user.clear(weight);
    await user.type(weight, '0');
    expect(screen.getByText('请输入大于 0 的重量')).toBeInTheDocument();

    const refused = await backend
      .updateCarrierRules({ body: { version: rules.version, rules: [], fallback: 'SF' } })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isApiError(refused, 'forbidden')).toBe(true);
  });
});
