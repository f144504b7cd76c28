// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_STALE_HOURS, estimatedDelivery } from '@/domain/shipment/attention';
import {
  canAdvanceTracking,
  isOpenTracking,
  type TrackingStatus,
} from '@/domain/shipment/tracking';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import { DAY, HOUR } from '../db/time';
import type { JourneyPlan, ShipmentRow } from '../db/types';
import { CITIES } from './geography';
import { generateSeed } from '.';
import {
  EXPIRY_DAYS,
  drawJourneyPlan,
  journeySeed,
  scheduleOf,
  stateAt,
  type Milestone,
} from './journey';
import { journeyOf } from './journey-text';
import { subSeed } from './prng';
import { LOCATIONS } from './reference';

const NOW = Date.parse('2026-11-22T06:00:00Z');
const SHIPPED = NOW - 10 * DAY;
const PARCELS_PER_CARRIER = 2_000;

interface Sample {
  carrier: Carrier;
  plan: JourneyPlan;
  eta: number;
  schedule: Milestone[];
}

/** Thousands of journeys of every carrier, half within a region and half across. */
const SAMPLES: readonly Sample[] = CARRIERS.flatMap((carrier) =>
  Array.from({ length: PARCELS_PER_CARRIER }, (_, i) => {
    const plan = drawJourneyPlan(subSeed(0x5eed, i), carrier);
    const eta = estimatedDelivery(SHIPPED, carrier, i % 2 === 0);
    return { carrier, plan, eta, schedule: scheduleOf(plan, { carrier, shippedAt: SHIPPED, eta }) };
  }),
);
const samples = () => SAMPLES;

const statusesOf = (schedule: readonly Milestone[]) => schedule.map((m) => m.status);
const delivered = (schedule: readonly Milestone[]) =>
  schedule.find((m) => m.status === 'delivered')?.at;

describe('a parcel journey', () => {
  // Checked over tens of thousands of journeys: problems are gathered and compared once, as one
  // expect per scan would take most of the test's time.
  it('moves only along the tracking state machine, in time order, and ends closed (every carrier)', () => {
    const problems: string[] = [];
    for (const { carrier, schedule } of samples()) {
      let previous: TrackingStatus = 'pending';
      let previousAt = SHIPPED;
      if (schedule[0]?.at !== SHIPPED) problems.push(`${carrier} starts late`);
      for (const step of schedule) {
        if (step.status !== previous && !canAdvanceTracking(previous, step.status))
          problems.push(`${carrier} ${previous} -> ${step.status}`);
        if (step.at < previousAt) problems.push(`${carrier} ${step.code} goes back in time`);
        previous = step.status;
        previousAt = step.at;
      }
      if (isOpenTracking(previous)) problems.push(`${carrier} ends ${previous}`);
    }
    expect(problems).toEqual([]);
  });

  it('reaches the customer before the ETA unless delayed, failed or in exception', () => {
    const problems: string[] = [];
    for (const { carrier, plan, eta, schedule } of samples()) {
      const at = delivered(schedule);
      const arrived = schedule.find(
        (m) => m.code === 'out_for_delivery' || m.code === 'ready_for_pickup',
      )?.at;
      if (!plan.delayDays && !plan.failedAttempt && !plan.exception && !plan.neverScanned) {
        if (plan.finish !== 'pickup' && (at === undefined || at > eta))
          problems.push(`${carrier} on time but delivered late`);
        if (arrived === undefined || arrived >= eta) problems.push(`${carrier} arrives late`);
      }
      if (plan.delayDays > 0 && arrived !== undefined && arrived <= eta)
        problems.push(`${carrier} delayed but on time`);
    }
    expect(problems).toEqual([]);
  });

  it('is scanned often enough on time that it never looks stale before it arrives', () => {
    const problems: string[] = [];
    for (const { carrier, plan, schedule } of samples()) {
      if (plan.delayDays || plan.exception || plan.neverScanned) continue;
      const arrived = schedule.findIndex(
        (m) => m.code === 'out_for_delivery' || m.code === 'ready_for_pickup',
      );
      for (let i = 1; i <= arrived; i += 1) {
        const gap = (schedule[i] as Milestone).at - (schedule[i - 1] as Milestone).at;
        if (gap >= DEFAULT_STALE_HOURS[carrier] * HOUR)
          problems.push(`${carrier} quiet before scan ${i}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('ends each kind of exception where it can happen', () => {
    const seen = new Set<string>();
    for (const { carrier, plan, schedule } of samples()) {
      if (!plan.exception) continue;
      seen.add(plan.exception);
      const statuses = statusesOf(schedule);
      expect(statuses.at(-1)).toBe('exception');
      const before = statuses.at(-2);
      if (plan.exception === 'refused') expect(before).toBe('out_for_delivery');
      if (plan.exception === 'returned_to_sender') expect(before).toBe('failed_attempt');
      if (['lost', 'damaged', 'customs_hold'].includes(plan.exception))
        expect(before).toBe('in_transit');
      if (plan.exception === 'customs_hold')
        expect(['UPS', 'DHL', 'FEDEX', 'USPS', 'EMS']).toContain(carrier);
    }
    expect([...seen].sort()).toEqual([
      'customs_hold',
      'damaged',
      'lost',
      'refused',
      'returned_to_sender',
    ]);
  });

  it('takes a failed attempt on to a second round or a pickup point', () => {
    const paths = new Set<string>();
    for (const { plan, schedule } of samples()) {
      if (!plan.failedAttempt || plan.exception) continue;
      const after = statusesOf(schedule).slice(statusesOf(schedule).indexOf('failed_attempt'));
      paths.add(after.join(' > '));
    }
    expect([...paths].sort()).toEqual([
      'failed_attempt > available_for_pickup > delivered',
      'failed_attempt > out_for_delivery > delivered',
    ]);
  });

  it('expires 30 days after the last scan when nobody scans it after the label', () => {
    let count = 0;
    for (const { plan, schedule } of samples()) {
      if (!plan.neverScanned) continue;
      count += 1;
      const codes = schedule.map((m) => m.code);
      expect(codes.at(-1)).toBe('expired');
      expect(codes.slice(0, -1).every((c) => c === 'label_created' || c === 'picked_up')).toBe(
        true,
      );
      const [last, expired] = schedule.slice(-2) as [Milestone, Milestone];
      expect(expired.at - last.at).toBe(EXPIRY_DAYS * DAY);
    }
    expect(count).toBeGreaterThan(0);
  });

  it('is the same journey for the same seed', () => {
    const seed = journeySeed(12345, 'sh-2026112200001');
    expect(drawJourneyPlan(seed, 'SF')).toEqual(drawJourneyPlan(seed, 'SF'));
    expect(journeySeed(12345, 'sh-2026112200001-r1')).not.toBe(seed);
  });

  it('reads the state at a moment from the scans up to it', () => {
    const plan: JourneyPlan = {
      seed: 7,
      finish: 'door',
      delayDays: 0,
      failedAttempt: false,
      exception: 'lost',
      neverScanned: false,
    };
    const schedule = scheduleOf(plan, {
      carrier: 'ZTO',
      shippedAt: SHIPPED,
      eta: SHIPPED + 4 * DAY,
    });
    const lost = schedule.at(-1) as Milestone;
    expect(stateAt(schedule, plan, SHIPPED, SHIPPED - 1).tracking).toBe('pending');
    expect(stateAt(schedule, plan, SHIPPED, lost.at - 1).tracking).toBe('in_transit');
    expect(stateAt(schedule, plan, SHIPPED, lost.at)).toEqual({
      tracking: 'exception',
      deliveredAt: null,
      exception: { kind: 'lost', since: lost.at },
      lastEventAt: lost.at,
    });
  });

  it('words every step, naming the hubs and the delivery station', () => {
    const city = CITIES.find((c) => c.region === 'south') as (typeof CITIES)[number];
    const origin = LOCATIONS.find((l) => l.region === 'east');
    const shipment: ShipmentRow = {
      id: 'sh-test',
      locationId: origin?.id ?? '',
      carrier: 'ZTO',
      waybill: '731234567890123',
      shippedAt: SHIPPED,
      arrivesAt: SHIPPED,
      eta: estimatedDelivery(SHIPPED, 'ZTO', false),
      deliveredAt: null,
      tracking: 'info_received',
      delayDays: 0,
      failedAttempt: false,
      exception: null,
      plan: {
        seed: 3,
        finish: 'door',
        delayDays: 0,
        failedAttempt: false,
        exception: null,
        neverScanned: false,
      },
    };
    const steps = journeyOf(shipment, origin, city, '天河区', 1);
    expect(steps.map((s) => s.code)).toEqual([
      'label_created',
      'picked_up',
      'arrived_at_hub',
      'departed_hub',
      'arrived_at_hub',
      'departed_hub',
      'arrived_at_station',
      'out_for_delivery',
      'delivered',
    ]);
    expect(steps[2]?.text).toBe('快件已到达【上海转运中心】');
    expect(steps[3]?.text).toBe('快件已从【上海转运中心】发出，下一站【广州转运中心】');
    expect(steps[6]?.place).toBe(`${city.city}天河区营业部`);
    for (const step of steps) expect(step.text.length).toBeGreaterThan(0);
  });
});

describe('journeys across a demo-sized seed', () => {
  const data = generateSeed({ seed: 42, orders: 20_000, now: NOW });
  const plans = data.orders.flatMap((o) => (o.shipment?.plan ? [o.shipment.plan] : []));
  const share = (test: (plan: JourneyPlan) => boolean) => plans.filter(test).length / plans.length;

  it.each([
    ['a failed attempt', (p: JourneyPlan) => p.failedAttempt, 0.03, 0.06],
    ['a pickup point', (p: JourneyPlan) => p.finish === 'pickup', 0.06, 0.1],
    ['a locker', (p: JourneyPlan) => p.finish === 'locker', 0.3, 0.4],
    ['a delay', (p: JourneyPlan) => p.delayDays > 0, 0.065, 0.095],
    ['an exception', (p: JourneyPlan) => p.exception !== null, 0.018, 0.032],
    ['never scanned', (p: JourneyPlan) => p.neverScanned, 0.001, 0.006],
  ] as const)('%s: a realistic share', (_, test, low, high) => {
    expect(plans.length).toBeGreaterThan(15_000);
    expect(share(test)).toBeGreaterThan(low);
    expect(share(test)).toBeLessThan(high);
  });

  it('keeps each row at the state its journey reaches by seeding', () => {
    const problems: string[] = [];
    for (const order of data.orders) {
      const shipment = order.shipment;
      if (!shipment?.plan) continue;
      const schedule = scheduleOf(shipment.plan, shipment);
      const state = stateAt(schedule, shipment.plan, shipment.shippedAt, NOW);
      if (shipment.tracking !== state.tracking || shipment.deliveredAt !== state.deliveredAt)
        problems.push(`${order.number} is ${shipment.tracking}, its journey ${state.tracking}`);
      if (state.tracking === 'delivered' && !['delivered', 'completed'].includes(order.status))
        problems.push(`${order.number} delivered but ${order.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('has attention older than a week dealt with, and fresher attention still open', () => {
    const resolved = data.orders.filter((o) => o.shipment?.resolution);
    expect(resolved.length).toBeGreaterThan(100);
    for (const order of resolved) {
      const resolution = order.shipment?.resolution;
      expect(resolution?.action).toBe('resolve');
      expect(resolution?.note.length).toBeGreaterThan(0);
      expect(resolution?.kinds.length).toBeGreaterThan(0);
      expect(resolution?.at).toBeLessThan(NOW);
    }
    const freshExceptions = data.orders.filter(
      (o) => o.shipment?.exception && o.shipment.exception.since > NOW - 7 * DAY,
    );
    expect(freshExceptions.length).toBeGreaterThan(0);
    for (const order of freshExceptions) expect(order.shipment?.resolution).toBeNull();
  });
});
