import type { Region } from '@/domain/region';

export interface City {
  province: string;
  city: string;
  region: Region;
  districts: readonly string[];
  postalPrefix: string;
  /** Relative share of customers living here. */
  weight: number;
}

/** Cities customers live in: the chain's home markets weigh most, the rest of the country less. */
export const CITIES: readonly City[] = [
  {
    province: '上海市',
    city: '上海市',
    region: 'east',
    districts: ['浦东新区', '徐汇区', '静安区', '闵行区', '杨浦区', '长宁区', '普陀区', '宝山区'],
    postalPrefix: '200',
    weight: 14,
  },
  {
    province: '浙江省',
    city: '杭州市',
    region: 'east',
    districts: ['西湖区', '上城区', '拱墅区', '滨江区', '余杭区', '萧山区'],
    postalPrefix: '310',
    weight: 8,
  },
  {
    province: '江苏省',
    city: '南京市',
    region: 'east',
    districts: ['玄武区', '秦淮区', '建邺区', '鼓楼区', '江宁区', '栖霞区'],
    postalPrefix: '210',
    weight: 6,
  },
  {
    province: '江苏省',
    city: '苏州市',
    region: 'east',
    districts: ['姑苏区', '工业园区', '吴中区', '相城区', '虎丘区'],
    postalPrefix: '215',
    weight: 6,
  },
  {
    province: '浙江省',
    city: '宁波市',
    region: 'east',
    districts: ['海曙区', '江北区', '鄞州区', '镇海区'],
    postalPrefix: '315',
    weight: 3,
  },
  {
    province: '安徽省',
    city: '合肥市',
    region: 'east',
    districts: ['蜀山区', '包河区', '庐阳区', '瑶海区'],
    postalPrefix: '230',
    weight: 2,
  },
  {
    province: '山东省',
    city: '济南市',
    region: 'east',
    districts: ['历下区', '市中区', '槐荫区', '历城区'],
    postalPrefix: '250',
    weight: 2,
  },
  {
    province: '福建省',
    city: '厦门市',
    region: 'east',
    districts: ['思明区', '湖里区', '集美区', '海沧区'],
    postalPrefix: '361',
    weight: 2,
  },
  {
    province: '广东省',
    city: '广州市',
    region: 'south',
    districts: ['天河区', '越秀区', '海珠区', '白云区', '番禺区', '荔湾区'],
    postalPrefix: '510',
    weight: 9,
  },
  {
    province: '广东省',
    city: '深圳市',
    region: 'south',
    districts: ['南山区', '福田区', '罗湖区', '宝安区', '龙岗区', '龙华区'],
    postalPrefix: '518',
    weight: 9,
  },
  {
    province: '广西壮族自治区',
    city: '南宁市',
    region: 'south',
    districts: ['青秀区', '兴宁区', '西乡塘区'],
    postalPrefix: '530',
    weight: 1,
  },
  {
    province: '北京市',
    city: '北京市',
    region: 'north',
    districts: ['朝阳区', '海淀区', '东城区', '西城区', '丰台区', '通州区', '昌平区'],
    postalPrefix: '100',
    weight: 10,
  },
  {
    province: '天津市',
    city: '天津市',
    region: 'north',
    districts: ['和平区', '河西区', '南开区', '滨海新区'],
    postalPrefix: '300',
    weight: 4,
  },
  {
    province: '河北省',
    city: '石家庄市',
    region: 'north',
    districts: ['长安区', '桥西区', '裕华区'],
    postalPrefix: '050',
    weight: 1,
  },
  {
    province: '湖北省',
    city: '武汉市',
    region: 'central',
    districts: ['武昌区', '江汉区', '洪山区', '江岸区', '汉阳区'],
    postalPrefix: '430',
    weight: 5,
  },
  {
    province: '湖南省',
    city: '长沙市',
    region: 'central',
    districts: ['岳麓区', '芙蓉区', '天心区', '开福区'],
    postalPrefix: '410',
    weight: 2,
  },
  {
    province: '河南省',
    city: '郑州市',
    region: 'central',
    districts: ['金水区', '二七区', '中原区', '管城回族区'],
    postalPrefix: '450',
    weight: 2,
  },
  {
    province: '四川省',
    city: '成都市',
    region: 'southwest',
    districts: ['锦江区', '青羊区', '武侯区', '成华区', '高新区'],
    postalPrefix: '610',
    weight: 6,
  },
  {
    province: '重庆市',
    city: '重庆市',
    region: 'southwest',
    districts: ['渝中区', '江北区', '南岸区', '渝北区', '沙坪坝区'],
    postalPrefix: '400',
    weight: 5,
  },
  {
    province: '云南省',
    city: '昆明市',
    region: 'southwest',
    districts: ['五华区', '盘龙区', '官渡区'],
    postalPrefix: '650',
    weight: 1,
  },
  {
    province: '陕西省',
    city: '西安市',
    region: 'northwest',
    districts: ['雁塔区', '碑林区', '新城区', '未央区', '长安区'],
    postalPrefix: '710',
    weight: 4,
  },
  {
    province: '甘肃省',
    city: '兰州市',
    region: 'northwest',
    districts: ['城关区', '七里河区', '安宁区'],
    postalPrefix: '730',
    weight: 1,
  },
  {
    province: '辽宁省',
    city: '沈阳市',
    region: 'northeast',
    districts: ['和平区', '沈河区', '皇姑区', '浑南区'],
    postalPrefix: '110',
    weight: 2,
  },
  {
    province: '黑龙江省',
    city: '哈尔滨市',
    region: 'northeast',
    districts: ['南岗区', '道里区', '香坊区'],
    postalPrefix: '150',
    weight: 1,
  },
];

/** Sorting centres by region, for tracking events. */
export const HUBS: Record<Region, string> = {
  east: '上海转运中心',
  south: '广州转运中心',
  north: '北京转运中心',
  central: '武汉转运中心',
  southwest: '成都转运中心',
  northwest: '西安转运中心',
  northeast: '沈阳转运中心',
};
