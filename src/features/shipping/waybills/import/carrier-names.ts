import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';

/**
 * What people write in a spreadsheet's carrier column, normalised (see `foldName`): Chinese names
 * in simplified and traditional script, English names, codes and pinyin.
 */
const NAMES: Record<Carrier, readonly string[]> = {
  SF: ['顺丰', '顺丰速运', '顺丰快递', '顺丰速递', '順豐', '順豐速運', 'sfexpress', 'shunfeng'],
  JD: ['京东', '京东物流', '京东快递', '京東', '京東物流', 'jdl', 'jdlogistics', 'jingdong'],
  ZTO: ['中通', '中通快递', '中通速递', '中通快遞', 'ztoexpress', 'zhongtong'],
  YTO: ['圆通', '圆通速递', '圆通快递', '圓通', '圓通速遞', 'ytoexpress', 'yuantong'],
  STO: ['申通', '申通快递', '申通快遞', 'stoexpress', 'shentong'],
  YUNDA: ['韵达', '韵达快递', '韵达速递', '韻達', '韻達快遞', 'yd', 'yundaexpress'],
  EMS: [
    '邮政',
    '中国邮政',
    '邮政ems',
    '中国邮政ems',
    'ems快递',
    '邮政快递包裹',
    '郵政',
    '中華郵政',
    '中國郵政',
    'chinapost',
    'chinapostems',
  ],
  JT: [
    '极兔',
    '极兔速递',
    '极兔快递',
    '極兔',
    '極兔速遞',
    'j&t',
    'j&texpress',
    'jtexpress',
    'jitu',
  ],
  DEPPON: ['德邦', '德邦快递', '德邦物流', '德邦快遞', 'dbl', 'debang', 'depponexpress'],
  UPS: ['ups快递', '联合包裹', '聯合包裹', 'unitedparcelservice'],
  DHL: ['dhlexpress', 'dhl快递', '敦豪'],
  FEDEX: ['联邦快递', '聯邦快遞', 'fdx', '联邦快递fedex', 'federalexpress'],
  USPS: ['美国邮政', '美國郵政', 'unitedstatespostalservice'],
};

const FULL_WIDTH_OFFSET = 0xfee0;

/** Lower case, half-width, without spaces and the punctuation people put between words. */
function foldName(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .toLowerCase()
    .replace(/[\s\u3000_\-.·()（）]/g, '');
}

const BY_NAME: ReadonlyMap<string, Carrier> = new Map(
  CARRIERS.flatMap((carrier) => [
    [foldName(carrier), carrier] as const,
    ...NAMES[carrier].map((name) => [foldName(name), carrier] as const),
  ]),
);

/** Words that only say "a delivery company", dropped when the whole name is not known. */
const GENERIC_SUFFIX = /(快递|快遞|速运|速運|速递|速遞|物流|express|logistics)$/;

/**
 * The carrier a spreadsheet cell names ("顺丰", "顺丰速运", "SF", "zto", "J&T Express"...), or null
 * when the cell is blank or names no carrier we ship with.
 */
export function parseCarrierName(text: string): Carrier | null {
  const folded = foldName(text);
  if (folded === '') return null;
  const exact = BY_NAME.get(folded);
  if (exact) return exact;
  const stripped = folded.replace(GENERIC_SUFFIX, '');
  return stripped === folded || stripped === '' ? null : (BY_NAME.get(stripped) ?? null);
}
