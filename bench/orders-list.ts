import type { Page } from '@playwright/test';

/**
 * Interactions on a loaded order list, timed inside the page: from the click to the frame in which
 * the table is no longer busy and its rows show different data.
 */
export async function timeRowsUpdate(page: Page, clickSelector: string): Promise<number> {
  return page.evaluate(async (selector) => {
    const rowsText = () => document.querySelector('table tbody')?.textContent ?? '';
    const before = rowsText();
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) throw new Error(`nothing matches ${selector}`);
    const start = performance.now();
    target.click();
    return new Promise<number>((resolve, reject) => {
      const check = () => {
        const busy = document.querySelector('table')?.getAttribute('aria-busy') === 'true';
        if (!busy && rowsText() !== before && rowsText() !== '') {
          resolve(performance.now() - start);
        } else if (performance.now() - start > 10_000) {
          reject(new Error(`rows did not change after clicking ${selector}`));
        } else {
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    });
  }, clickSelector);
}

export interface ScrollReport {
  longTasks: number;
  longestTaskMs: number;
  rowsRendered: number;
}

/** Scrolls the table's frame from top to bottom in steps and reports the long tasks it caused. */
export async function scrollLongTasks(page: Page, steps = 60): Promise<ScrollReport> {
  return page.evaluate(async (stepCount) => {
    const table = document.querySelector('table');
    let frame: HTMLElement | null = table?.parentElement ?? null;
    while (frame && frame.scrollHeight <= frame.clientHeight) frame = frame.parentElement;
    const scroller = frame ?? document.scrollingElement;
    if (!(scroller instanceof HTMLElement)) throw new Error('no scrolling frame around the table');
    const durations: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const distance = scroller.scrollHeight - scroller.clientHeight;
    for (let step = 1; step <= stepCount; step += 1) {
      scroller.scrollTop = (distance * step) / stepCount;
      await nextFrame();
      await nextFrame();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    return {
      longTasks: durations.filter((d) => d > 50).length,
      longestTaskMs: Math.round(Math.max(0, ...durations)),
      rowsRendered: document.querySelectorAll('table tbody tr').length,
    };
  }, steps);
}
