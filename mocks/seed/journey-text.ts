import type { Location } from '@/api/contract';
import type { ExceptionKind, TrackingEventCode, TrackingStatus } from '@/domain/shipment/tracking';
import type { ShipmentRow } from '../db/types';
import { HUBS, type City } from './geography';
import { planOf, scheduleOfShipment, type Milestone } from './journey';

/* A parcel's journey (journey.ts) told the way the carrier tells it: places and Chinese text. */

/** One scan as the carrier reports it. */
export interface JourneyStep {
  at: number;
  status: TrackingStatus;
  code: TrackingEventCode;
  place: string;
  text: string;
}

const EXCEPTION_TEXT: Record<ExceptionKind, string> = {
  customs_hold: '快件海关查验中，请耐心等待',
  refused: '收件人拒收，快件将退回',
  lost: '快件异常，运输途中遗失，正在核实',
  damaged: '快件外包装破损，已联系发件方',
  returned_to_sender: '多次派送未成功，快件已退回寄件人',
};

/** The hubs a parcel passes between two regions' hubs, in the order it passes them. */
function transferHubs(origin: string, destination: string, seed: number): string[] {
  const others = Object.values(HUBS).filter((hub) => hub !== origin && hub !== destination);
  return [0, 1, 2].map((i) => others[(seed + i * 3) % others.length] as string);
}

/**
 * Every step of the parcel's journey, past and future, oldest first, in the carrier's words.
 * `destination` and `district` are where it is delivered; `orderSeed` the order's seed.
 */
export function journeyOf(
  shipment: ShipmentRow,
  origin: Location | undefined,
  destination: City,
  district: string,
  orderSeed: number,
): JourneyStep[] {
  const plan = planOf(shipment, orderSeed);
  const originRegion = origin?.region ?? destination.region;
  const schedule = scheduleOfShipment(shipment, orderSeed);
  const originHub = HUBS[originRegion];
  const destinationHub = HUBS[destination.region];
  const transfers = transferHubs(originHub, destinationHub, plan.seed % 97);
  const originName = `${origin?.city ?? destination.city}${origin?.name ?? ''}`;
  const station = `${destination.city}${district}营业部`;
  const pickupPoint = `${destination.city}${district}菜鸟驿站`;
  const placeOf = (m: Milestone): string => {
    switch (m.leg) {
      case 'origin':
        // The label is the carrier's record in its system; the pick-up happens at the location.
        return m.code === 'label_created' ? (origin?.city ?? destination.city) : originName;
      case 'originHub':
        return originHub;
      case 'transfer':
        return transfers[m.transfer] ?? originHub;
      case 'destinationHub':
        return destinationHub;
      case 'station':
        return station;
      case 'pickupPoint':
        return pickupPoint;
      case 'door':
      case 'locker':
        return `${destination.city}${district}`;
    }
  };
  return schedule.map((m, i) => {
    const place = placeOf(m);
    const next = schedule[i + 1];
    return {
      at: m.at,
      status: m.status,
      code: m.code,
      place,
      text: textOf(m, place, next && placeOf(next)),
    };
  });

  function textOf(m: Milestone, place: string, nextPlace: string | undefined): string {
    switch (m.code) {
      case 'label_created':
        return '快递公司已收到运单信息，等待快递员揽收';
      case 'picked_up':
        return '快递员已揽收';
      case 'arrived_at_hub':
        return `快件已到达【${place}】`;
      case 'departed_hub':
        return nextPlace && nextPlace !== place
          ? `快件已从【${place}】发出，下一站【${nextPlace}】`
          : `快件已从【${place}】发出`;
      case 'delay_notice':
        return '受天气及运力影响，快件派送可能延误';
      case 'arrived_at_station':
        return `快件已到达【${place}】`;
      case 'out_for_delivery':
        return '快递员正在派送，请保持电话畅通';
      case 'delivery_failed':
        return plan.finish === 'pickup'
          ? '收件人不在，派送未成功，快件将存放至驿站'
          : '收件人不在，派送未成功，将再次派送';
      case 'ready_for_pickup':
        return `快件已到达【${place}】，请凭取件码取件`;
      case 'delivered':
        return m.leg === 'pickupPoint' ? '快件已从驿站取出，感谢使用' : '已签收，签收人：本人';
      case 'delivered_to_locker':
        return '已签收，快件已放入【丰巢智能柜】，请凭取件码取件';
      case 'exception':
        return EXCEPTION_TEXT[plan.exception ?? 'lost'];
      case 'expired':
        return '运单长期无物流信息，已失效';
    }
  }
}
