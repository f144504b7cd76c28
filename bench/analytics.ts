import type { Browser, Page, Request } from '@playwright/test';
import { median, signedInPage } from './browser';
import type { MeasureRow } from './inventory';

/** The period select of the filter bar. */
const RANGE_LABEL = '统计周期';

/**
 * The presets the bench switches between, from the default 近 30 天. On the 7th of a month (in the
 * stores' time zone, the config's default) 本月 covers the same days as 近 7 天 and would not
 * change a thing, so 今天 stands in for it.
 */
function rangeChanges(now = new Date()): { value: string; label: string }[] {
  const day = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', day: 'numeric' });
  const second =
    day.format(now) === '7'
      ? { value: 'today', label: '近 7 天 → 今天' }
      : { value: 'month', label: '近 7 天 → 本月' };
  return [{ value: '7d', label: '近 30 天 → 近 7 天' }, second];
}

export interface RangeChangeFigures {
  label: string;
  /** From the choice to the frame in which every card and the KPIs show the new period's numbers. */
  redrawnMs: number;
  /** The server's own time for the slowest analytics request the change sent (to first byte). */
  slowestServerMs: number;
}

export interface AnalyticsReport {
  /** Navigation start to every chart card drawn and the KPI cards showing values, cold. */
  drawnMs: number;
  /** The same runs, split: navigation start to the first analytics request sent. */
  firstRequestSentMs: number;
  /**
   * The first analytics request sent to the last answer arrived: the server answering them all (the
   * Node mock server answers one at a time, and Chromium opens at most six connections to it).
   */
  answeringMs: number;
  /** The server's own time for the slowest analytics request of the page (to first byte). */
  slowestServerMs: number;
  /** The last analytics answer's last byte to every card drawn. */
  lastAnswerToDrawnMs: number;
  /** Analytics requests the page sent, and chart cards it showed (from the first run). */
  requests: number;
  cards: number;
  rangeChanges: RangeChangeFigures[];
}

const isAnalytics = (request: Request) =>
  new URL(request.url()).pathname.includes('/api/analytics/');

/** Request sent to first byte of the answer, as Chromium's network timing saw it. */
function serverMs(request: Request): number {
  const timing = request.timing();
  return timing.responseStart - timing.requestStart;
}

/** The analytics requests a page sends, to be read once every one of them has been answered. */
function watchAnalytics(page: Page) {
  let sent: Request[] = [];
  let finished: Request[] = [];
  page.on('request', (request) => {
    if (isAnalytics(request)) sent.push(request);
  });
  const done = (request: Request) => {
    if (isAnalytics(request)) finished.push(request);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    reset() {
      sent = [];
      finished = [];
    },
    /** Every analytics request sent since the last reset, once all have ended (Node hears late). */
    async settled(): Promise<Request[]> {
      const until = Date.now() + 10_000;
      while (finished.length < sent.length && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return finished.filter((request) => request.failure() === null);
    },
  };
}

/**
 * Waits, checking every frame inside the page, until every chart card is drawn — its state
 * "ready" (not busy, its chart's SVG holding marks) or "empty" — and the KPI cards show values;
 * resolves with performance.now() of that frame.
 */
async function timeAllDrawn(page: Page): Promise<{ at: number; cards: number }> {
  const handle = await page.waitForFunction(
    () => {
      const MARKS =
        '.recharts-bar-rectangle, .recharts-rectangle, .recharts-line-curve, .recharts-pie-sector';
      const cards = [...document.querySelectorAll('[data-chart-state]')];
      if (cards.length === 0) return false;
      for (const card of cards) {
        const state = card.getAttribute('data-chart-state');
        if (state === 'empty') continue;
        if (state !== 'ready' || card.querySelector('[aria-busy="true"]')) return false;
        // Legend icons are SVGs of their own: look for marks in any of the figure's.
        if (!card.querySelector(`[role="figure"] svg :is(${MARKS})`)) return false;
      }
      const kpis = document.querySelector('[data-kpi-state]');
      if (kpis?.getAttribute('data-kpi-state') !== 'ready') return false;
      if (kpis.getAttribute('aria-busy') === 'true' || !kpis.querySelector('article')) return false;
      return { at: performance.now(), cards: cards.length };
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as { at: number; cards: number };
}

/**
 * Chooses a period preset the way a user's choice does (a change event React listens to) and
 * times, inside the page, until every card shows the new period's numbers: its description names
 * the new days (the card has taken the new query), it is no longer busy (its numbers are the new
 * query's, not the last ones kept on screen), and a ready card's chart differs from before and
 * holds marks. The KPI cards likewise: not busy, and their text changed.
 */
async function timeRangeChange(page: Page, value: string): Promise<number> {
  const select = await page.getByLabel(RANGE_LABEL, { exact: true }).elementHandle();
  if (!select) throw new Error(`no select labelled ${RANGE_LABEL}`);
  return page.evaluate(
    async ({ element, choice }) => {
      if (!(element instanceof HTMLSelectElement)) throw new Error('the period is not a select');
      const MARKS =
        '.recharts-bar-rectangle, .recharts-rectangle, .recharts-line-curve, .recharts-pie-sector';
      const cards = [...document.querySelectorAll('[data-chart-state]')];
      const description = (card: Element) =>
        document.getElementById(card.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
      const chart = (card: Element) => card.querySelector('[role="figure"]')?.innerHTML ?? '';
      const kpis = () => document.querySelector('[data-kpi-state]');
      const before = cards.map((card) => ({ description: description(card), chart: chart(card) }));
      const kpisBefore = kpis()?.textContent ?? '';

      // Cards are found again each frame, by position, in case one was mounted anew.
      const cardsNow = () => [...document.querySelectorAll('[data-chart-state]')];
      const redrawn = (card: Element, index: number) => {
        const was = before[index];
        if (!was || description(card) === was.description) return false;
        const state = card.getAttribute('data-chart-state');
        if (card.querySelector('[aria-busy="true"]')) return false;
        if (state === 'empty') return true;
        if (state !== 'ready') return false;
        const marks = card.querySelector(`[role="figure"] svg :is(${MARKS})`);
        return marks !== null && chart(card) !== was.chart;
      };
      const kpisRedrawn = () => {
        const section = kpis();
        return (
          section?.getAttribute('data-kpi-state') === 'ready' &&
          section.getAttribute('aria-busy') !== 'true' &&
          (section.textContent ?? '') !== kpisBefore
        );
      };

      const start = performance.now();
      element.value = choice;
      element.dispatchEvent(new Event('change', { bubbles: true }));
      return new Promise<number>((resolve, reject) => {
        const check = () => {
          const now = cardsNow();
          if (now.length === cards.length && now.every(redrawn) && kpisRedrawn())
            resolve(performance.now() - start);
          else if (performance.now() - start > 15_000) {
            const waiting = now
              .filter((card, index) => !redrawn(card, index))
              .map((card) => card.querySelector('h3')?.textContent ?? '?');
            if (!kpisRedrawn()) waiting.push('KPI');
            reject(new Error(`not redrawn after choosing ${choice}: ${waiting.join(', ')}`));
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    { element: select, choice: value },
  );
}

/**
 * When the page asked for its first analytics answer and when the last one had fully arrived, in
 * ms since navigation start, from the page's own resource timing (Playwright's per-request start
 * times drift for requests that waited for a connection).
 */
function analyticsSpan(page: Page): Promise<{ firstSent: number; lastArrived: number }> {
  return page.evaluate(() => {
    const entries = performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.includes('/api/analytics/'))
      .map((entry) => entry as PerformanceResourceTiming);
    return {
      firstSent: Math.min(...entries.map((entry) => entry.startTime)),
      lastArrived: Math.max(...entries.map((entry) => entry.responseEnd)),
    };
  });
}

/** The analytics page for one user: cold navigation to every chart drawn, then period changes. */
export async function benchAnalytics(
  browser: Browser,
  appUrl: string,
  session: unknown,
  runs: number,
): Promise<AnalyticsReport> {
  const drawn: number[] = [];
  const firstSent: number[] = [];
  const answering: number[] = [];
  const slowestServer: number[] = [];
  const lastAnswerToDrawn: number[] = [];
  const presets = rangeChanges();
  const changes = presets.map(() => ({ redrawn: [] as number[], server: [] as number[] }));
  let requests = 0;
  let cards = 0;

  for (let run = 0; run < runs; run += 1) {
    const page = await signedInPage(browser, session);
    const analytics = watchAnalytics(page);
    await page.goto(`${appUrl}/analytics`, { waitUntil: 'commit' });
    const all = await timeAllDrawn(page);
    const answers = await analytics.settled();
    if (answers.length === 0) throw new Error('the analytics page sent no analytics request');
    const span = await analyticsSpan(page);
    drawn.push(all.at);
    firstSent.push(span.firstSent);
    answering.push(span.lastArrived - span.firstSent);
    slowestServer.push(Math.max(...answers.map(serverMs)));
    lastAnswerToDrawn.push(all.at - span.lastArrived);
    if (run === 0) {
      requests = answers.length;
      cards = all.cards;
    }

    for (const [index, change] of presets.entries()) {
      analytics.reset();
      const figures = changes[index];
      figures?.redrawn.push(await timeRangeChange(page, change.value));
      const changed = await analytics.settled();
      figures?.server.push(changed.length ? Math.max(...changed.map(serverMs)) : 0);
    }
    await page.context().close();
  }

  return {
    drawnMs: median(drawn),
    firstRequestSentMs: median(firstSent),
    answeringMs: median(answering),
    slowestServerMs: median(slowestServer),
    lastAnswerToDrawnMs: median(lastAnswerToDrawn),
    requests,
    cards,
    rangeChanges: presets.map((change, index) => ({
      label: change.label,
      redrawnMs: median(changes[index]?.redrawn ?? []),
      slowestServerMs: median(changes[index]?.server ?? []),
    })),
  };
}

/** The report as rows of the bench table, headed by who looked at how many orders. */
export function analyticsRows(
  setup: { user: string; orders: number; runs: number },
  report: AnalyticsReport,
): MeasureRow[] {
  const orders = setup.orders.toLocaleString('en');
  const ms = (measure: string, value: number, goal?: string): MeasureRow =>
    goal ? { measure, value, unit: 'ms', goal } : { measure, value, unit: 'ms' };
  return [
    ms(
      `analytics as ${setup.user} (${orders} orders): navigation to all ${report.cards} charts and the KPIs drawn (median of ${setup.runs} cold runs)`,
      report.drawnMs,
      '<= 800',
    ),
    ms(
      '  navigation to the first analytics request sent (page, scripts, config)',
      report.firstRequestSentMs,
    ),
    ms(
      `  first analytics request sent to the last of its ${report.requests} answers arrived`,
      report.answeringMs,
    ),
    ms(
      `    server time for the slowest of its ${report.requests} analytics requests (to first byte)`,
      report.slowestServerMs,
    ),
    ms('  last answer arrived to every chart drawn (client render)', report.lastAnswerToDrawnMs),
    ...report.rangeChanges.flatMap((change) => [
      ms(
        `  period ${change.label} to every chart redrawn (median of ${setup.runs})`,
        change.redrawnMs,
        '<= 300',
      ),
      ms(
        '    server time for the slowest analytics request of that change',
        change.slowestServerMs,
      ),
    ]),
  ];
}
