import { describe, expect, it } from 'vitest';
import { TIMELINE_KINDS, type TimelineEvent } from '@/api/contract/orders';
import type { Tag } from '@/api/contract/reference';
import { createI18n } from '@/i18n';
import { LOCALES } from '@/lib/locales';
import { formatMoney } from '@/lib/format';
import { timelineDetail, timelineSentence, type TimelineContext } from './timeline-sentence';

const tags = new Map<string, Tag>([
  ['tag-vip', { id: 'tag-vip', name: 'VIP', color: 'purple', orderCount: 3, version: 1 }],
]);

/** Data as the backend sends it for each kind: codes and names, never sentences. */
const SAMPLE_DATA: Record<(typeof TIMELINE_KINDS)[number], TimelineEvent['data']> = {
  placed: { total: 26890 },
  paid: { method: 'wechat_pay', amount: 26890 },
  approved: {},
  held: { reason: 'address_problem', note: '门牌号缺失' },
  released: {},
  rejected: { reason: 'suspected_fraud', note: '' },
  cancelled: { reason: 'customer_request', note: '' },
  tagged: { tagId: 'tag-vip', tag: 'VIP' },
  untagged: { tagId: 'tag-vip' },
  address_changed: {},
  allocated: { location: '上海青浦仓', carrier: 'SF' },
  deallocated: {},
  shipped: { carrier: 'SF', waybill: 'SF1234567890123' },
  waybill_corrected: { carrier: 'JD', waybill: 'JDX000000000001' },
  tracking_updated: { status: 'in_transit', place: '广州转运中心' },
  delivered: {},
  completed: {},
  note_added: {},
  note_edited: {},
  note_deleted: {},
  phone_revealed: {},
  customer_notified: { kind: 'delayed', channel: 'sms' },
  reshipped: { carrier: 'JD', waybill: 'JDX000000000002', replaces: 'shp-1' },
  refunded: { amount: 12900, reason: '包裹遗失，退还货款' },
  compensated: { amount: 2000, couponCode: 'CP8K2M4Q', note: '' },
  exception_resolved: { note: '客户已收到包裹', kinds: 'exception,stale' },
};

const context = (locale: string): TimelineContext => ({
  tagsById: tags,
  money: (fen) => formatMoney(fen, locale),
  waybillOf: (id) => (id === 'shp-1' ? 'SF1234567890123' : undefined),
});

function event(
  kind: (typeof TIMELINE_KINDS)[number],
  actor: TimelineEvent['actor'] = { id: 'u1', name: '张敏' },
): TimelineEvent {
  return { id: `e-${kind}`, at: '2026-11-22T08:00:00Z', kind, actor, data: SAMPLE_DATA[kind] };
}

describe('timeline sentences', () => {
  it.each(LOCALES)('every event kind has a complete sentence in %s', async (locale) => {
    const i18n = await createI18n(locale);
    const t = i18n.getFixedT(locale, 'orders');
    for (const kind of TIMELINE_KINDS) {
      const sentence = timelineSentence(t, event(kind), context(locale));
      expect(sentence, kind).not.toMatch(/timeline\.|\{\{|undefined/);
      expect(sentence.length, kind).toBeGreaterThan(2);
    }
  });

  it('names the actor, the reason, the tag, the carrier and the waybill', async () => {
    const i18n = await createI18n('zh-CN');
    const t = i18n.getFixedT('zh-CN', 'orders');
    const tags = context('zh-CN');
    expect(timelineSentence(t, event('held'), tags)).toBe('张敏挂起订单：地址有问题');
    expect(timelineDetail(t, event('held'))).toBe('备注：门牌号缺失');
    expect(timelineSentence(t, event('untagged'), tags)).toBe('张敏移除标签「VIP」');
    expect(timelineSentence(t, event('shipped'), tags)).toBe('张敏发货：顺丰速运 SF1234567890123');
    expect(timelineSentence(t, event('placed', null), tags)).toBe('客户下单');
    expect(timelineSentence(t, event('tracking_updated', null), tags)).toBe('物流更新：运输中');
    expect(timelineDetail(t, event('tracking_updated', null))).toBe('广州转运中心');
  });

  it('writes English sentences in English', async () => {
    const i18n = await createI18n('en');
    const t = i18n.getFixedT('en', 'orders');
    const tags = context('en');
    expect(timelineSentence(t, event('phone_revealed'), tags)).toBe(
      '张敏 viewed the customer’s full phone number',
    );
    expect(timelineSentence(t, event('approved', null), tags)).toBe(
      'The system approved the order',
    );
  });

  it('words what was done about a parcel: messages, reshipments, refunds, coupons, resolutions', async () => {
    const i18n = await createI18n('zh-CN');
    const t = i18n.getFixedT('zh-CN', 'orders');
    const zh = context('zh-CN');
    expect(timelineSentence(t, event('customer_notified'), zh)).toBe('张敏向客户发送短信：延误');
    expect(timelineSentence(t, event('customer_notified', null), zh)).toBe(
      '系统向客户发送短信：延误',
    );
    expect(timelineSentence(t, event('reshipped'), zh)).toBe(
      '张敏补发包裹：京东物流 JDX000000000002',
    );
    expect(timelineDetail(t, event('reshipped'), zh)).toBe('替换包裹 SF1234567890123');
    expect(timelineSentence(t, event('refunded'), zh)).toBe('张敏退款 ¥129.00');
    expect(timelineDetail(t, event('refunded'), zh)).toBe('原因：包裹遗失，退还货款');
    expect(timelineSentence(t, event('compensated'), zh)).toBe(
      '张敏补偿优惠券 ¥20.00（券码 CP8K2M4Q）',
    );
    expect(timelineSentence(t, event('exception_resolved'), zh)).toBe(
      '张敏将包裹标记为已处理：异常、停滞',
    );
    expect(timelineDetail(t, event('exception_resolved'), zh)).toBe('备注：客户已收到包裹');

    const en = await createI18n('en');
    const tEn = en.getFixedT('en', 'orders');
    expect(timelineSentence(tEn, event('exception_resolved'), context('en'))).toBe(
      '张敏 marked the parcel as handled: Exception, Stale',
    );
    expect(timelineSentence(tEn, event('refunded'), context('en'))).toBe('张敏 refunded CN¥129.00');
  });
});
