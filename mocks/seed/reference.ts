import type { Location, Product, Store, Tag, User } from '@/api/contract';
import { createRng, subSeed } from './prng';
import { BRANDS, CATEGORIES } from './catalogue';

export const TIME_ZONE = 'Asia/Shanghai';

const store = (
  id: string,
  code: string,
  name: string,
  channel: Store['channel'],
  region: Store['region'],
  province: string,
  city: string,
  shipsFromLocationId: string | null = null,
): Store => ({
  id,
  code,
  name,
  channel,
  region,
  province,
  city,
  timeZone: TIME_ZONE,
  shipsFromLocationId,
});

export const STORES: readonly Store[] = [
  store('st-sh01', 'SH01', '上海南京西路店', 'retail', 'east', '上海市', '上海市'),
  store('st-hz01', 'HZ01', '杭州湖滨店', 'retail', 'east', '浙江省', '杭州市', 'loc-st-hz01'),
  store('st-nj01', 'NJ01', '南京新街口店', 'retail', 'east', '江苏省', '南京市'),
  store('st-sz01', 'SZ01', '苏州观前街店', 'retail', 'east', '江苏省', '苏州市'),
  store('st-gz01', 'GZ01', '广州天河店', 'retail', 'south', '广东省', '广州市'),
  store('st-sz02', 'SZ02', '深圳南山店', 'retail', 'south', '广东省', '深圳市', 'loc-st-sz02'),
  store('st-bj01', 'BJ01', '北京三里屯店', 'retail', 'north', '北京市', '北京市'),
  store('st-tj01', 'TJ01', '天津滨江道店', 'retail', 'north', '天津市', '天津市'),
  store('st-wh01', 'WH01', '武汉江汉路店', 'retail', 'central', '湖北省', '武汉市'),
  store('st-cd01', 'CD01', '成都春熙路店', 'retail', 'southwest', '四川省', '成都市'),
  store('st-cq01', 'CQ01', '重庆解放碑店', 'retail', 'southwest', '重庆市', '重庆市'),
  store('st-xa01', 'XA01', '西安钟楼店', 'retail', 'northwest', '陕西省', '西安市'),
  store('st-mp01', 'MP01', '微信小程序商城', 'mini_program', 'east', '上海市', '上海市'),
  store('st-tm01', 'TM01', '天猫旗舰店', 'marketplace', 'east', '浙江省', '杭州市'),
];

/** How many of the chain's orders each store takes (online shops sell the most). */
export const STORE_WEIGHTS: readonly number[] = [9, 6, 5, 4, 6, 6, 7, 3, 4, 5, 4, 3, 16, 22];

const location = (
  id: string,
  code: string,
  name: string,
  kind: Location['kind'],
  region: Location['region'],
  province: string,
  city: string,
): Location => ({ id, code, name, kind, region, province, city, timeZone: TIME_ZONE });

export const LOCATIONS: readonly Location[] = [
  location('loc-wh-sh', 'WH-SH', '上海青浦仓', 'warehouse', 'east', '上海市', '上海市'),
  location('loc-wh-gz', 'WH-GZ', '广州白云仓', 'warehouse', 'south', '广东省', '广州市'),
  location('loc-wh-bj', 'WH-BJ', '北京顺义仓', 'warehouse', 'north', '北京市', '北京市'),
  location('loc-st-hz01', 'ST-HZ01', '杭州湖滨店', 'store', 'east', '浙江省', '杭州市'),
  location('loc-st-sz02', 'ST-SZ02', '深圳南山店', 'store', 'south', '广东省', '深圳市'),
  // Stores that sell from their own shelves and ship no orders: stock, sales and alerts only.
  location('loc-st-sh01', 'ST-SH01', '上海南京西路店', 'store', 'east', '上海市', '上海市'),
  location('loc-st-nj01', 'ST-NJ01', '南京新街口店', 'store', 'east', '江苏省', '南京市'),
  location('loc-st-sz01', 'ST-SZ01', '苏州观前街店', 'store', 'east', '江苏省', '苏州市'),
  location('loc-st-gz01', 'ST-GZ01', '广州天河店', 'store', 'south', '广东省', '广州市'),
  location('loc-st-bj01', 'ST-BJ01', '北京三里屯店', 'store', 'north', '北京市', '北京市'),
  location('loc-st-tj01', 'ST-TJ01', '天津滨江道店', 'store', 'north', '天津市', '天津市'),
  location('loc-st-wh01', 'ST-WH01', '武汉江汉路店', 'store', 'central', '湖北省', '武汉市'),
  location('loc-st-cd01', 'ST-CD01', '成都春熙路店', 'store', 'southwest', '四川省', '成都市'),
  location('loc-st-cq01', 'ST-CQ01', '重庆解放碑店', 'store', 'southwest', '重庆市', '重庆市'),
  location('loc-st-xa01', 'ST-XA01', '西安钟楼店', 'store', 'northwest', '陕西省', '西安市'),
];

/** The warehouse that serves each delivery region. */
export const WAREHOUSE_FOR_REGION: Record<Store['region'], string> = {
  east: 'loc-wh-sh',
  central: 'loc-wh-sh',
  south: 'loc-wh-gz',
  southwest: 'loc-wh-gz',
  north: 'loc-wh-bj',
  northeast: 'loc-wh-bj',
  northwest: 'loc-wh-bj',
};

/** A tag as the tables keep it; how many orders carry it is counted from the tag index when asked. */
export type TagRow = Omit<Tag, 'orderCount'> & {
  /** Who changed the tag last and when (ms), for a version conflict; absent on seeded tags. */
  updatedAt?: number;
  updatedBy?: { id: string; name: string } | null;
};

export const TAGS: readonly TagRow[] = [
  { id: 'tag-urgent', name: '加急', color: 'red', version: 1 },
  { id: 'tag-vip', name: 'VIP', color: 'amber', version: 1 },
  { id: 'tag-key-account', name: '大客户', color: 'purple', version: 1 },
  { id: 'tag-gift', name: '赠品', color: 'pink', version: 1 },
  { id: 'tag-fragile', name: '易碎', color: 'orange', version: 1 },
  { id: 'tag-presale', name: '预售', color: 'blue', version: 1 },
  { id: 'tag-complaint', name: '投诉', color: 'gray', version: 1 },
  { id: 'tag-follow-up', name: '待回访', color: 'teal', version: 1 },
];

export interface DemoUser extends User {
  password: string;
  scopeLabel: string;
}

export const DEMO_PASSWORD = 'demo';

export const USERS: readonly DemoUser[] = [
  {
    id: 'u-store-sh',
    username: 'store.sh',
    name: '张敏',
    role: 'store_staff',
    storeIds: ['st-sh01'],
    locationIds: [],
    regions: [],
    password: DEMO_PASSWORD,
    scopeLabel: '上海南京西路店',
  },
  {
    id: 'u-warehouse-sh',
    username: 'warehouse.sh',
    name: '李强',
    role: 'warehouse',
    storeIds: [],
    locationIds: ['loc-wh-sh'],
    // The regions WAREHOUSE_FOR_REGION sends to this warehouse: it allocates their approved orders.
    regions: ['east', 'central'],
    password: DEMO_PASSWORD,
    scopeLabel: '上海青浦仓',
  },
  {
    id: 'u-manager-east',
    username: 'manager.east',
    name: '王芳',
    role: 'manager',
    storeIds: [],
    locationIds: [],
    regions: ['east'],
    password: DEMO_PASSWORD,
    scopeLabel: '华东区',
  },
  {
    id: 'u-admin',
    username: 'admin',
    name: '陈静',
    role: 'admin',
    storeIds: [],
    locationIds: [],
    regions: [],
    password: DEMO_PASSWORD,
    scopeLabel: '全部门店',
  },
];

/** Products with their category index, for analytics buckets. */
export interface SeedProduct extends Product {
  categoryIndex: number;
  /** How often it sells relative to others. */
  popularity: number;
  /** Set on the extra variants a benchmark asks for (see variants.ts): no seeded order buys them. */
  variantOf?: string;
}

/** About 300 SKUs: ten categories, ten families each, three variants per family. */
export function seedProducts(seed: number): SeedProduct[] {
  const rng = createRng(subSeed(seed, 0x70d));
  const products: SeedProduct[] = [];
  CATEGORIES.forEach((category, categoryIndex) => {
    category.families.forEach((family, familyIndex) => {
      const brand = rng.pick(BRANDS);
      const base = rng.int(family.minFen, family.maxFen);
      category.variants.forEach((variant, variantIndex) => {
        const n = products.length + 1;
        // Prices end in .90 or .00 as shops price them.
        const raw = Math.round(base * variant.factor);
        const price = Math.max(190, Math.floor(raw / 100) * 100 + (rng.chance(0.6) ? 90 : 0));
        products.push({
          id: `p-${String(n).padStart(4, '0')}`,
          sku: `${String(categoryIndex + 1).padStart(2, '0')}${String(familyIndex + 1).padStart(2, '0')}${variantIndex + 1}-${rng.digits(4)}`,
          name: `${brand} ${family.name} ${variant.label}`,
          category: category.name,
          price: { amount: price, currency: 'CNY' },
          weightGrams: Math.max(20, Math.round(family.grams * variant.factor)),
          categoryIndex,
          popularity: 0.2 + rng.next() * (variantIndex === 0 ? 2 : 1),
        });
      });
    });
  });
  return products;
}

export const CATEGORY_NAMES: readonly string[] = CATEGORIES.map((c) => c.name);
