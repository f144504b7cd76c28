export const REGIONS = [
  'east',
  'south',
  'north',
  'central',
  'southwest',
  'northwest',
  'northeast',
] as const;
export type Region = (typeof REGIONS)[number];

export interface Province {
  code: string;
  /** Chinese name as it appears on addresses. */
  name: string;
  region: Region;
  /** Provincial capital, used as a default city and as a location hint for risk checks. */
  capital: string;
}

/** Mainland provinces grouped into the seven sales regions the chain reports by. */
export const PROVINCES: readonly Province[] = [
  { code: 'SH', name: '上海市', region: 'east', capital: '上海市' },
  { code: 'JS', name: '江苏省', region: 'east', capital: '南京市' },
  { code: 'ZJ', name: '浙江省', region: 'east', capital: '杭州市' },
  { code: 'AH', name: '安徽省', region: 'east', capital: '合肥市' },
  { code: 'FJ', name: '福建省', region: 'east', capital: '福州市' },
  { code: 'JX', name: '江西省', region: 'east', capital: '南昌市' },
  { code: 'SD', name: '山东省', region: 'east', capital: '济南市' },
  { code: 'GD', name: '广东省', region: 'south', capital: '广州市' },
  { code: 'GX', name: '广西壮族自治区', region: 'south', capital: '南宁市' },
  { code: 'HI', name: '海南省', region: 'south', capital: '海口市' },
  { code: 'BJ', name: '北京市', region: 'north', capital: '北京市' },
  { code: 'TJ', name: '天津市', region: 'north', capital: '天津市' },
  { code: 'HE', name: '河北省', region: 'north', capital: '石家庄市' },
  { code: 'SX', name: '山西省', region: 'north', capital: '太原市' },
  { code: 'NM', name: '内蒙古自治区', region: 'north', capital: '呼和浩特市' },
  { code: 'HA', name: '河南省', region: 'central', capital: '郑州市' },
  { code: 'HB', name: '湖北省', region: 'central', capital: '武汉市' },
  { code: 'HN', name: '湖南省', region: 'central', capital: '长沙市' },
  { code: 'CQ', name: '重庆市', region: 'southwest', capital: '重庆市' },
  { code: 'SC', name: '四川省', region: 'southwest', capital: '成都市' },
  { code: 'GZ', name: '贵州省', region: 'southwest', capital: '贵阳市' },
  { code: 'YN', name: '云南省', region: 'southwest', capital: '昆明市' },
  { code: 'XZ', name: '西藏自治区', region: 'southwest', capital: '拉萨市' },
  { code: 'SN', name: '陕西省', region: 'northwest', capital: '西安市' },
  { code: 'GS', name: '甘肃省', region: 'northwest', capital: '兰州市' },
  { code: 'QH', name: '青海省', region: 'northwest', capital: '西宁市' },
  { code: 'NX', name: '宁夏回族自治区', region: 'northwest', capital: '银川市' },
  { code: 'XJ', name: '新疆维吾尔自治区', region: 'northwest', capital: '乌鲁木齐市' },
  { code: 'LN', name: '辽宁省', region: 'northeast', capital: '沈阳市' },
  { code: 'JL', name: '吉林省', region: 'northeast', capital: '长春市' },
  { code: 'HL', name: '黑龙江省', region: 'northeast', capital: '哈尔滨市' },
];

const byName = new Map(PROVINCES.map((p) => [p.name, p]));

export function provinceByName(name: string): Province | undefined {
  return byName.get(name);
}

export function regionOfProvince(name: string): Region | undefined {
  return byName.get(name)?.region;
}

/**
 * Regions that share a provincial border, both ways round. A phone registered in a neighbouring
 * region is ordinary (people commute, move and shop across borders); one from further away is
 * worth a second look in review.
 */
export const REGION_NEIGHBOURS: Readonly<Record<Region, readonly Region[]>> = {
  east: ['south', 'north', 'central'],
  south: ['east', 'central', 'southwest'],
  north: ['east', 'central', 'northwest', 'northeast'],
  central: ['east', 'south', 'north', 'southwest', 'northwest'],
  southwest: ['south', 'central', 'northwest'],
  northwest: ['north', 'central', 'southwest'],
  northeast: ['north'],
};

/** The same region or a neighbouring one. */
export function regionsAreNear(a: Region, b: Region): boolean {
  return a === b || REGION_NEIGHBOURS[a].includes(b);
}
