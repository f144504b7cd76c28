import type { HttpHandler } from 'msw';
import { breakdown, carriers, funnel, kpis, shipLatency, trend } from '../db/analytics-query';
import type { DemoUser } from '../seed/reference';
import { scopeOf, type MockContext } from './context';
import { HttpProblem, forbidden } from './problem';
import { route, signedIn } from './route';

const MAX_DAYS = 400;

function analyst(user: DemoUser): DemoUser {
  if (user.role !== 'manager' && user.role !== 'admin')
    throw forbidden('Analytics are for managers and administrators');
  return user;
}

function checkPeriod(from: string, to: string): void {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days < 0) {
    throw new HttpProblem(422, 'validation', 'The first day is after the last day', [
      { field: 'from', code: 'range', message: 'from must not be after to' },
    ]);
  }
  if (days >= MAX_DAYS) {
    throw new HttpProblem(422, 'validation', `A period may span at most ${MAX_DAYS} days`, [
      { field: 'to', code: 'range', message: `at most ${MAX_DAYS} days` },
    ]);
  }
}

export function analyticsHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  return [
    route('analyticsKpis', base, ctx, (input) => {
      const user = analyst(signedIn(input));
      checkPeriod(input.query.from, input.query.to);
      return kpis(db, scopeOf(user), input.query);
    }),
    route('analyticsBreakdown', base, ctx, (input) => {
      const user = analyst(signedIn(input));
      checkPeriod(input.query.from, input.query.to);
      return breakdown(db, scopeOf(user), input.query, input.query.dimension);
    }),
    route('analyticsTrend', base, ctx, (input) => {
      const user = analyst(signedIn(input));
      checkPeriod(input.query.from, input.query.to);
      return trend(db, scopeOf(user), input.query, input.query.granularity);
    }),
    route('analyticsFunnel', base, ctx, (input) => {
      const user = analyst(signedIn(input));
      checkPeriod(input.query.from, input.query.to);
      return funnel(db, scopeOf(user), input.query);
    }),
    route('analyticsShipLatency', base, ctx, (input) => {
      const user = analyst(signedIn(input));
      checkPeriod(input.query.from, input.query.to);
      return shipLatency(db, scopeOf(user), input.query);
    }),
    route('analyticsCarriers', base, ctx, (input) => {
      const user = analyst(signedIn(input));
      checkPeriod(input.query.from, input.query.to);
      return carriers(db, scopeOf(user), input.query);
    }),
  ];
}
