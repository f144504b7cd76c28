// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CarrierRuleSet, type CarrierRuleSetUpdate } from '@/api/contract';
import { problemOf, send } from './order-fixtures';
import { authed, useMockServer } from './test-server';

const mock = useMockServer();
const { db } = mock;

const asStore = authed(mock, 'store.sh');
const asWarehouse = authed(mock, 'warehouse.sh');
const asManager = authed(mock, 'manager.east');
const asAdmin = authed(mock, 'admin');

const update = (version: number): CarrierRuleSetUpdate => ({
  version,
  rules: [
    { region: 'south', maxWeightGrams: 10_000, carrier: 'SF' },
    { region: null, maxWeightGrams: 30_000, carrier: 'YUNDA' },
  ],
  fallback: 'DEPPON',
});
const save = (call: typeof asAdmin, body: CarrierRuleSetUpdate) =>
  send(call, '/carrier-rules', body, 'PUT');

describe('carrier rules', () => {
  it('are read by anyone signed in', async () => {
    const response = await asStore('/carrier-rules');
    expect(response.status).toBe(200);
    const rules = CarrierRuleSet.parse(await response.json());
    expect(rules.version).toBe(1);
    expect(rules.fallback).toBe('DEPPON');
    expect(rules.rules.every((r) => r.maxWeightGrams === null || r.maxWeightGrams <= 20_000)).toBe(
      true,
    );
  });

  it('are replaced by a manager, recorded, and kept for persistence', async () => {
    const response = await save(asManager, update(1));
    expect(response.status).toBe(200);
    const saved = CarrierRuleSet.parse(await response.json());
    expect(saved).toMatchObject({ ...update(2), updatedBy: { name: '王芳' } });
    expect(CarrierRuleSet.parse(await (await asStore('/carrier-rules')).json())).toEqual(saved);
    expect(db.audit[0]).toMatchObject({ action: 'carrier_rule.updated', entity: 'carrier_rule' });
    expect(db.exportOverlay().carrierRules).toEqual(saved);
  });

  it('answer 409 with who changed them when the version is stale', async () => {
    expect((await save(asManager, update(1))).status).toBe(200);
    const problem = await problemOf(await save(asAdmin, update(1)), 409);
    expect(problem.code).toBe('version_conflict');
    expect(problem.current).toMatchObject({ version: 2, updatedBy: { name: '王芳' } });
  });

  it('refuse rules that can never match or weigh nothing, per field', async () => {
    const body: CarrierRuleSetUpdate = {
      version: 1,
      rules: [
        { region: null, maxWeightGrams: null, carrier: 'ZTO' },
        { region: 'south', maxWeightGrams: 5_000, carrier: 'JT' },
      ],
      fallback: 'SF',
    };
    const problem = await problemOf(await save(asAdmin, body), 422);
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: 'rules.1.maxWeightGrams', code: 'unreachable' }),
    ]);
    expect(db.carrierRules.version).toBe(1);
  });

  it.each([
    ['warehouse', asWarehouse],
    ['store staff', asStore],
  ])('may not be changed by %s', async (_, call) => {
    expect((await problemOf(await save(call, update(1)), 403)).code).toBe('forbidden');
    expect(db.carrierRules.version).toBe(1);
  });
});
