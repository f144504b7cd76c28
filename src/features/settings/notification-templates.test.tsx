import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotificationTemplate } from '@/api/contract/tracking';
import { z } from 'zod/mini';
import { TEST_API_BASE, renderApp, type DemoUsername } from '@/testing/render-app';
import { getMockServer } from '@/testing/mock-server';
import { present } from '@/testing/present';

const section = () => screen.getByRole('region', { name: '客户通知模板' });
const smsField = () => within(section()).getByRole('textbox', { name: '短信' });
const smsPreview = () => within(section()).getByRole('status', { name: '短信预览' });
const saveButton = () => within(section()).getByRole('button', { name: '保存模板' });

async function api(
  username: DemoUsername,
  path: string,
  init: { method?: string; body?: unknown } = {},
) {
  const { token } = getMockServer().sessionFor(username);
  return fetch(`${TEST_API_BASE}${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function savedTemplate(kind: string, locale: string): Promise<NotificationTemplate> {
  const list = z
    .object({ items: z.array(NotificationTemplate) })
    .parse(await (await api('admin', '/notification-templates')).json());
  return present(
    list.items.find((template) => template.kind === kind && template.locale === locale),
    `the ${kind} template in ${locale}`,
  );
}

async function openSettings(as: DemoUsername) {
  const app = await renderApp({ route: '/settings', as });
  await screen.findByRole('heading', { level: 1, name: '设置' }, { timeout: 10_000 });
  await within(await screen.findByRole('region', { name: '客户通知模板' })).findByRole('textbox', {
    name: '短信',
  });
  return app;
}

describe('customer message templates', () => {
  it('previews as you type, inserts placeholders at the cursor and refuses what cannot be sent', async () => {
    const { user } = await openSettings('admin');
    await user.selectOptions(
      within(section()).getByRole('combobox', { name: '消息类型' }),
      'delayed',
    );
    const saved = await savedTemplate('delayed', 'zh-CN');
    await waitFor(() => expect(smsField()).toHaveValue(saved.sms));

    await user.clear(smsField());
    // user-event reads a doubled brace as one typed brace.
    await user.type(smsField(), '{{customerName}您好，订单 {{orderNumber} 延误了。{{coupon}');
    expect(smsPreview()).toHaveTextContent('李娜您好，订单 SO2026112200123 延误了。{coupon}');
    const problems = within(section());
    expect(problems.getByText(/没有 \{coupon\} 这个占位符/)).toBeInTheDocument();
    expect(problems.getByText(/短信必须包含 \{trackingLink\}/)).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();

    // Put the link where "{coupon}" was: select it, then pick the link from the palette.
    const field = smsField() as HTMLTextAreaElement;
    const at = field.value.indexOf('{coupon}');
    field.setSelectionRange(at, at + '{coupon}'.length);
    await user.click(within(section()).getByRole('button', { name: '插入 物流查询链接' }));
    await waitFor(() =>
      expect(field.value).toBe('{customerName}您好，订单 {orderNumber} 延误了。{trackingLink}'),
    );
    expect(smsPreview()).toHaveTextContent(/延误了。http:\/\/localhost(:\d+)?\/track\?t=/);
    expect(problems.queryByText(/没有 \{coupon\}/)).not.toBeInTheDocument();
    expect(saveButton()).toBeEnabled();

    const subject = within(section()).getByRole('textbox', { name: '邮件主题' });
    await user.clear(subject);
    expect(within(section()).getByText('不能为空。')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    await user.type(subject, '订单 {{orderNumber} 延误通知');
    expect(within(section()).getByRole('status', { name: '邮件预览' })).toHaveTextContent(
      '主题：订单 SO2026112200123 延误通知',
    );
  });

  it('saves for an admin, and a reload shows what was saved; a draft survives a reload until reset', async () => {
    const first = await openSettings('admin');
    const text = '{{customerName}，您的包裹 {{waybill} 已发出：{{trackingLink}';
    await first.user.clear(smsField());
    await first.user.type(smsField(), text);
    first.unmount();

    // The tab reloaded before saving: the draft is still there, marked as one.
    const second = await openSettings('admin');
    expect(smsField()).toHaveValue('{customerName}，您的包裹 {waybill} 已发出：{trackingLink}');
    expect(within(section()).getByText('这是尚未保存的草稿。')).toBeInTheDocument();
    await second.user.click(saveButton());
    expect(await screen.findByText('模板已保存')).toBeInTheDocument();
    expect((await savedTemplate('shipped', 'zh-CN')).sms).toBe(
      '{customerName}，您的包裹 {waybill} 已发出：{trackingLink}',
    );
    second.unmount();

    const third = await openSettings('admin');
    expect(smsField()).toHaveValue('{customerName}，您的包裹 {waybill} 已发出：{trackingLink}');
    expect(within(section()).getByText(/陈静 于 .* 修改/)).toBeInTheDocument();
    await third.user.type(smsField(), '谢谢');
    await third.user.click(within(section()).getByRole('button', { name: '恢复为已保存的内容' }));
    expect(smsField()).toHaveValue('{customerName}，您的包裹 {waybill} 已发出：{trackingLink}');
  });

  it('keeps what was typed when someone else saved first, and saves it after a reload', async () => {
    const { user } = await openSettings('admin');
    await user.selectOptions(within(section()).getByRole('combobox', { name: '客户语言' }), 'en');
    const saved = await savedTemplate('shipped', 'en');
    await waitFor(() => expect(smsField()).toHaveValue(saved.sms));
    await user.clear(smsField());
    await user.type(smsField(), 'Order {{orderNumber} is on its way: {{trackingLink}');

    const theirs = await api('admin', '/notification-templates/shipped/en', {
      method: 'PUT',
      body: {
        version: saved.version,
        sms: `${saved.sms} `,
        emailSubject: saved.emailSubject,
        emailBody: saved.emailBody,
      },
    });
    expect(theirs.status).toBe(200);

    await user.click(saveButton());
    const alert = await within(section()).findByRole('alert');
    expect(alert).toHaveTextContent('刚刚修改了这个模板');
    expect(smsField()).toHaveValue('Order {orderNumber} is on its way: {trackingLink}');
    await user.click(within(alert).getByRole('button', { name: '重新载入' }));
    await within(section()).findByText('已载入最新版本，你的修改仍保留，可以保存了。');
    expect(smsField()).toHaveValue('Order {orderNumber} is on its way: {trackingLink}');
    await user.click(saveButton());
    expect(await screen.findByText('模板已保存')).toBeInTheDocument();
    expect((await savedTemplate('shipped', 'en')).sms).toBe(
      'Order {orderNumber} is on its way: {trackingLink}',
    );
  });

  it('shows a manager the templates and the preview without a way to change them', async () => {
    await openSettings('manager.east');
    expect(within(section()).getByText('通知模板由管理员维护，此处仅供查看。')).toBeInTheDocument();
    expect(smsField()).toHaveAttribute('readonly');
    expect(smsPreview()).toHaveTextContent('SO2026112200123');
    expect(within(section()).queryByRole('button', { name: '保存模板' })).not.toBeInTheDocument();
    expect(within(section()).queryByRole('group', { name: '插入占位符' })).not.toBeInTheDocument();
  });
});
