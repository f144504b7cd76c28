import { describe, expect, it } from 'vitest';
import {
  SMS_MAX_CHARS,
  SUBJECT_MAX_CHARS,
  channelsFor,
  isPlaceholder,
  placeholdersIn,
  renderTemplate,
  templateProblems,
  type PlaceholderValues,
  type TemplateText,
} from './templates';

const values: PlaceholderValues = {
  customerName: '张敏',
  orderNumber: 'SO202611220012',
  carrier: '顺丰速运',
  waybill: 'SF1234567890123',
  eta: '11月25日',
  trackingLink: 'https://shop.example/track?t=abc',
};

const valid: TemplateText = {
  sms: '{customerName}您好，订单{orderNumber}已发货：{trackingLink}',
  emailSubject: '订单{orderNumber}已发货',
  emailBody: '{carrier} {waybill}，预计{eta}送达',
};

/** Text of exactly `length` characters that ends with the tracking link. */
function smsOfLength(length: number): string {
  const link = '{trackingLink}';
  return 'x'.repeat(length - link.length) + link;
}

describe('placeholdersIn', () => {
  it.each([
    ['no placeholder', '您的包裹已发货', []],
    ['one', '订单{orderNumber}', ['orderNumber']],
    ['in order of first appearance', '{eta}{carrier}{eta}', ['eta', 'carrier']],
    ['unknown names too', '{orderNumber}{coupon}', ['orderNumber', 'coupon']],
    ['not braces around spaces or dashes', '{order number}{order-number}{}', []],
    ['nested braces: the inner name', '{{waybill}}', ['waybill']],
  ])('%s', (_, text, expected) => {
    expect(placeholdersIn(text)).toEqual(expected);
  });
});

describe('isPlaceholder', () => {
  it.each([
    ['customerName', true],
    ['trackingLink', true],
    ['TrackingLink', false],
    ['coupon', false],
    ['', false],
  ])('%s → %s', (name, expected) => {
    expect(isPlaceholder(name)).toBe(expected);
  });
});

describe('renderTemplate', () => {
  it.each([
    ['fills every known placeholder', '{customerName}：{orderNumber}', '张敏：SO202611220012'],
    ['fills a placeholder each time it appears', '{eta}/{eta}', '11月25日/11月25日'],
    ['leaves an unknown one as written', '{coupon} {waybill}', '{coupon} SF1234567890123'],
    ['leaves text without placeholders alone', '祝您生活愉快', '祝您生活愉快'],
    ['is case-sensitive', '{OrderNumber}', '{OrderNumber}'],
    ['keeps the link whole', '查看：{trackingLink}', '查看：https://shop.example/track?t=abc'],
  ])('%s', (_, text, expected) => {
    expect(renderTemplate(text, values)).toBe(expected);
  });

  it('does not fill placeholders that a value itself contains', () => {
    expect(renderTemplate('{customerName}', { ...values, customerName: '{orderNumber}' })).toBe(
      '{orderNumber}',
    );
  });
});

describe('templateProblems', () => {
  it.each<[string, Partial<TemplateText>, ReturnType<typeof templateProblems>]>([
    ['none for a valid template', {}, []],
    ['none for an SMS of exactly the limit', { sms: smsOfLength(SMS_MAX_CHARS) }, []],
    [
      'an SMS one character over the limit',
      { sms: smsOfLength(SMS_MAX_CHARS + 1) },
      [{ field: 'sms', code: 'too_long', max: SMS_MAX_CHARS }],
    ],
    [
      'a subject over its limit',
      { emailSubject: 'x'.repeat(SUBJECT_MAX_CHARS + 1) },
      [{ field: 'emailSubject', code: 'too_long', max: SUBJECT_MAX_CHARS }],
    ],
    [
      'an unknown placeholder, in the field it is in',
      { emailBody: '{coupon}' },
      [{ field: 'emailBody', code: 'unknown_placeholder', name: 'coupon' }],
    ],
    [
      'each unknown placeholder once',
      { emailSubject: '{a}{b}{a}' },
      [
        { field: 'emailSubject', code: 'unknown_placeholder', name: 'a' },
        { field: 'emailSubject', code: 'unknown_placeholder', name: 'b' },
      ],
    ],
    [
      'an SMS without the tracking link',
      { sms: '您的订单{orderNumber}已发货' },
      [{ field: 'sms', code: 'missing_tracking_link' }],
    ],
    ['an empty SMS (and no missing-link on top)', { sms: '' }, [{ field: 'sms', code: 'empty' }]],
    ['a blank subject', { emailSubject: '  \n ' }, [{ field: 'emailSubject', code: 'empty' }]],
    ['an empty body', { emailBody: '' }, [{ field: 'emailBody', code: 'empty' }]],
    [
      'a link only in the e-mail is not enough for the SMS',
      { sms: '已发货', emailBody: '{trackingLink}' },
      [{ field: 'sms', code: 'missing_tracking_link' }],
    ],
  ])('%s', (_, change, expected) => {
    expect(templateProblems({ ...valid, ...change })).toEqual(expected);
  });

  it('counts length as written, placeholders included', () => {
    // Filled, a link is longer than its placeholder; the rule judges the template, not one message.
    const sms = smsOfLength(SMS_MAX_CHARS);
    expect(renderTemplate(sms, values).length).toBeGreaterThan(SMS_MAX_CHARS);
    expect(templateProblems({ ...valid, sms })).toEqual([]);
  });
});

describe('channelsFor', () => {
  it.each([
    [null, ['sms']],
    ['', ['sms']],
    ['zhangmin@qq.com', ['sms', 'email']],
  ])('e-mail %j → %j', (email, expected) => {
    expect(channelsFor({ email })).toEqual(expected);
  });
});
