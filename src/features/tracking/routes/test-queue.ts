import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { createRestBackend } from '@/api/rest/client';
import { currentToken } from '@/api/session-store';
import { tableRowTexts } from '@/components/table/test-rows';
import { present } from '@/testing/present';
import { TEST_API_BASE } from '@/testing/render-app';

/** Helpers the queue's tests share: its table, its rows' menus and the backend as the signed-in user. */

export const TABLE = '需要处理的包裹';
export const COLUMN = {
  order: 0,
  customer: 1,
  store: 2,
  parcel: 3,
  reasons: 4,
  lastEvent: 5,
  eta: 6,
  waited: 7,
} as const;

export const tableRows = () => tableRowTexts(TABLE);

/** Every body row is a parcel (the empty state is one row of one cell). */
export const parcelRows = () => tableRows().filter((cells) => cells.length > 1);

/** Answers come from the in-process backend; lazy routes compile on first use. */
export const eventually = (assertion: () => unknown) => waitFor(assertion, { timeout: 10_000 });

export async function rowsLoaded(): Promise<string[][]> {
  await eventually(() => expect(parcelRows().length).toBeGreaterThan(0));
  return parcelRows();
}

/** The backend, called as the user the app is signed in as. */
export function backendAsUser() {
  return createRestBackend({ baseUrl: TEST_API_BASE, getToken: currentToken });
}

/** "3 天 4 小时", "5 小时", "12 分钟" as minutes. */
export function waitedMinutes(text: string): number {
  const days = /(\d+) 天/.exec(text)?.[1];
  const hours = /(\d+) 小时/.exec(text)?.[1];
  const minutes = /(\d+) 分钟/.exec(text)?.[1];
  return Number(days ?? 0) * 1440 + Number(hours ?? 0) * 60 + Number(minutes ?? 0);
}

/** Opens a row's menu and picks one way of dealing with its parcel. */
export async function chooseAction(user: UserEvent, orderNumber: string, action: string) {
  await user.click(screen.getByRole('button', { name: `处理订单 ${orderNumber} 的包裹` }));
  await user.click(screen.getByRole('menuitem', { name: action }));
  return screen.findByRole('dialog', { name: action });
}

/** The ways a row's menu offers. */
export async function offeredActions(user: UserEvent, orderNumber: string): Promise<string[]> {
  await user.click(screen.getByRole('button', { name: `处理订单 ${orderNumber} 的包裹` }));
  const menu = screen.getByRole('menu');
  const names = within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.textContent ?? '');
  await user.keyboard('{Escape}');
  return names;
}

/** The tracking entry of the navigation, whose name carries the open count ("物流异常 12"). */
export async function badgeCount(): Promise<number> {
  const nav = screen.getByRole('navigation', { name: '主导航' });
  const link = await within(nav).findByRole(
    'link',
    { name: /^物流异常\s*\d+$/ },
    { timeout: 10_000 },
  );
  const name = link.textContent ?? '';
  return Number(present(/(\d+)$/.exec(name)?.[1], 'a count in the tracking entry'));
}
