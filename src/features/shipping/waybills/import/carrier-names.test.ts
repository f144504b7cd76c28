import { describe, expect, it } from 'vitest';
import { parseCarrierName } from './carrier-names';

describe('parseCarrierName', () => {
  it.each([
    ['顺丰', 'SF'],
    ['顺丰速运', 'SF'],
    ['順豐', 'SF'],
    ['SF', 'SF'],
    ['sf express', 'SF'],
    ['ＳＦ', 'SF'],
    ['中通', 'ZTO'],
    ['中通快递', 'ZTO'],
    ['zto', 'ZTO'],
    ['圆通速递', 'YTO'],
    ['申通', 'STO'],
    ['韵达快递', 'YUNDA'],
    ['EMS', 'EMS'],
    ['中国邮政', 'EMS'],
    ['中国邮政 EMS', 'EMS'],
    ['京东', 'JD'],
    ['京东物流', 'JD'],
    ['JD', 'JD'],
    ['极兔速递', 'JT'],
    ['J&T Express', 'JT'],
    ['德邦', 'DEPPON'],
    ['UPS', 'UPS'],
    ['DHL Express', 'DHL'],
    ['联邦快递', 'FEDEX'],
    ['FedEx', 'FEDEX'],
    ['usps', 'USPS'],
    [' 顺丰快递 ', 'SF'],
  ])('reads %s as %s', (text, carrier) => {
    expect(parseCarrierName(text)).toBe(carrier);
  });

  it.each(['', '   ', '快递', '菜鸟', 'Royal Mail', '顺风车', 'express'])(
    'names no carrier in %j',
    (text) => {
      expect(parseCarrierName(text)).toBeNull();
    },
  );
});
