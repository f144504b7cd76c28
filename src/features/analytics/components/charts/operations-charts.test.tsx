import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ordersLinkFor } from '../../lib/drill-down';
import {
  backend,
  card,
  count,
  days,
  linkIn,
  openCharts,
  percent,
  tableOf,
  tableText,
  words,
} from './test-kit';

const SEARCH = '?range=30d';

describe('operations charts', () => {
  it('the funnel table shows every step and its conversion from placed', async () => {
    const { user, query } = await openCharts(SEARCH);
    const funnel = await backend().analyticsFunnel({ query });
    const placed = funnel.steps[0]?.orders ?? 0;
    expect(placed).toBeGreaterThan(0);

    const table = await tableOf(words.chart.funnel.title, user);
    expect(tableText(table)).toEqual({
      headers: [words.column.stage, words.column.orders, words.column.conversion],
      rows: funnel.steps.map((step) => [
        words.stage[step.stage],
        count(step.orders),
        percent(step.orders / placed),
      ]),
    });
    funnel.steps.forEach((step, index) =>
      expect(linkIn(table, index, 1)).toHaveAttribute(
        'href',
        ordersLinkFor(query, { reached: step.stage }),
      ),
    );
  });

  it('the ship latency table shows the six buckets and states the share within 24 hours', async () => {
    const { user, query } = await openCharts(SEARCH, 'manager.east');
    const latency = await backend().analyticsShipLatency({ query });
    const table = await tableOf(words.chart.shipLatency.title, user);
    expect(tableText(table)).toEqual({
      headers: [words.column.bucket, words.column.orders, words.column.shareOfShipped],
      rows: latency.buckets.map((row) => [
        words.bucket[row.bucket],
        count(row.orders),
        percent(row.orders / latency.shipped),
      ]),
    });
    expect(
      within(card(words.chart.shipLatency.title)).getByText(
        words.chart.shipLatency.within24h
          .replace('{{rate}}', percent(latency.shippedWithin24hRate))
          .replace('{{shipped}}', count(latency.shipped)),
      ),
    ).toBeInTheDocument();
    expect(linkIn(table, 3, 1)).toHaveAttribute(
      'href',
      ordersLinkFor(query, { shipLatency: latency.buckets[3]?.bucket }),
    );
  });

  it('the carrier table shows shipped, delivered, transit days and exceptions, each count opening its orders', async () => {
    const { user, query } = await openCharts(SEARCH);
    const { rows } = await backend().analyticsCarriers({ query });
    expect(rows.length).toBeGreaterThan(0);

    const table = await tableOf(words.chart.carriers.title, user);
    expect(tableText(table)).toEqual({
      headers: [
        words.column.carrier,
        words.column.shipped,
        words.column.delivered,
        words.column.averageDays,
        words.column.exceptions,
        words.column.exceptionRate,
      ],
      rows: rows.map((row) => [
        words.carrier[row.carrier],
        count(row.shipped),
        count(row.delivered),
        days(row.averageTransitDays),
        count(row.exceptions),
        percent(row.exceptionRate),
      ]),
    });
    const first = rows[0];
    const shipped = linkIn(table, 0, 1);
    expect(shipped).toHaveAttribute(
      'href',
      ordersLinkFor(query, { carrier: first?.carrier, reached: 'shipped' }),
    );
    expect(shipped).toHaveAccessibleName(
      `查看${words.carrier[first?.carrier ?? 'SF']}已发货的 ${count(first?.shipped ?? 0)} 个订单`,
    );
    expect(linkIn(table, 0, 4)).toHaveAttribute(
      'href',
      ordersLinkFor(query, { carrier: first?.carrier, exception: true }),
    );
  });
});
