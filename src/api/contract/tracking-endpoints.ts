import { Order } from './orders';
import { IdParams, ItemsOf, endpoint } from './endpoint';
import {
  ExceptionCount,
  ExceptionPage,
  ExceptionQueueQuery,
  NotificationLogEntry,
  NotificationTemplate,
  NotificationTemplateUpdate,
  PublicTracking,
  PublicTrackingLookup,
  ShipmentParams,
  ShipmentResolutionRequest,
  TemplateParams,
  TrackingTokenParams,
} from './tracking';

/** Parcels after they left: the exceptions queue, customer messages and the public tracking page. */
export const trackingEndpoints = {
  listTrackingExceptions: endpoint({
    method: 'GET',
    path: '/tracking/exceptions',
    summary:
      'Parcels that are stale, delayed, failed or in exception and not yet dealt with, longest waiting first',
    tag: 'tracking',
    query: ExceptionQueueQuery,
    response: ExceptionPage,
  }),
  countTrackingExceptions: endpoint({
    method: 'GET',
    path: '/tracking/exceptions/count',
    summary: 'How many parcels in the queue the user can see (the navigation badge)',
    tag: 'tracking',
    response: ExceptionCount,
  }),
  resolveShipment: endpoint({
    method: 'POST',
    path: '/orders/{id}/shipments/{shipmentId}/resolutions',
    summary:
      'Deal with a parcel: contact the customer, reship, refund, compensate with a coupon or mark it resolved. Reship reserves and deducts stock again (409 insufficient_stock, duplicate waybill). Send an Idempotency-Key: a replay returns the first answer',
    tag: 'tracking',
    params: ShipmentParams,
    body: ShipmentResolutionRequest,
    response: Order,
    errors: [403, 404, 409, 422],
  }),
  listNotificationTemplates: endpoint({
    method: 'GET',
    path: '/notification-templates',
    summary: 'Every customer message template, per kind and language',
    tag: 'tracking',
    response: ItemsOf(NotificationTemplate),
  }),
  updateNotificationTemplate: endpoint({
    method: 'PUT',
    path: '/notification-templates/{kind}/{locale}',
    summary: 'Change one template (admins)',
    tag: 'tracking',
    params: TemplateParams,
    body: NotificationTemplateUpdate,
    response: NotificationTemplate,
    errors: [403, 409, 422],
  }),
  listOrderNotifications: endpoint({
    method: 'GET',
    path: '/orders/{id}/notifications',
    summary: 'Every SMS and e-mail sent to the customer about this order, newest first',
    tag: 'tracking',
    params: IdParams,
    response: ItemsOf(NotificationLogEntry),
    errors: [403, 404],
  }),
  lookUpPublicTracking: endpoint({
    method: 'POST',
    path: '/public/tracking',
    summary:
      'A customer looks up their order by number and e-mail or the last four digits of the phone. No sign-in. A wrong combination and an unknown order get the same 404; repeated failures from one client are answered more slowly, then with 429',
    tag: 'public',
    auth: false,
    body: PublicTrackingLookup,
    response: PublicTracking,
    errors: [404, 422, 429],
  }),
  getPublicTracking: endpoint({
    method: 'GET',
    path: '/public/tracking/{token}',
    summary:
      'The tracking of the order a signed link token names (from a notification). No sign-in',
    tag: 'public',
    auth: false,
    params: TrackingTokenParams,
    response: PublicTracking,
    errors: [404],
  }),
};
