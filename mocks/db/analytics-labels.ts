import type { OrderStatus } from '@/domain/order/status';
import type { Region } from '@/domain/region';
import type { Carrier } from '@/domain/waybill/carriers';

/** Chinese names of breakdown keys, for clients that show the label as it comes. */
export const REGION_LABELS: Record<Region, string> = {
  east: '华东',
  south: '华南',
  north: '华北',
  central: '华中',
  southwest: '西南',
  northwest: '西北',
  northeast: '东北',
};

export const CARRIER_LABELS: Record<Carrier, string> = {
  SF: '顺丰速运',
  JD: '京东物流',
  ZTO: '中通快递',
  YTO: '圆通速递',
  STO: '申通快递',
  YUNDA: '韵达快递',
  EMS: '中国邮政EMS',
  JT: '极兔速递',
  DEPPON: '德邦快递',
  UPS: 'UPS',
  DHL: 'DHL 国际快递',
  FEDEX: '联邦快递 FedEx',
  USPS: '美国邮政 USPS',
};

export const STATUS_LABELS: Record<OrderStatus, string> = {
  unpaid: '待付款',
  pending_review: '待审核',
  on_hold: '已挂起',
  approved: '待配货',
  allocated: '待发货',
  shipped: '已发货',
  delivered: '已签收',
  completed: '已完成',
  cancelled: '已取消',
};
