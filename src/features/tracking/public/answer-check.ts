import type { PublicParcel, PublicTracking } from '@/api/contract/tracking';
import {
  EXCEPTION_KINDS,
  PUBLIC_STEPS,
  TRACKING_EVENT_CODES,
  TRACKING_STATUSES,
} from '@/domain/shipment/tracking';
import { isLocale } from '@/lib/locales';

/**
 * A narrow check of the answer instead of the contract's schema: the schema (with the whole
 * contract module and the validation library) would be a fifth of this page's download. It checks
 * exactly what the page reads, so a broken answer is reported rather than drawn half.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isInstant = (value: unknown): value is string =>
  isString(value) && !Number.isNaN(Date.parse(value));
const isNullOr = <T>(value: unknown, check: (inner: unknown) => inner is T): value is T | null =>
  value === null || check(value);
const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    isString(value) && (values as readonly string[]).includes(value);

const isStep = isOneOf(PUBLIC_STEPS);
const isStatus = isOneOf(TRACKING_STATUSES);

function isEvent(value: unknown): boolean {
  return (
    isObject(value) &&
    isInstant(value.at) &&
    isStatus(value.status) &&
    isOneOf(TRACKING_EVENT_CODES)(value.code) &&
    isString(value.place) &&
    isString(value.text)
  );
}

function isParcel(value: unknown): value is PublicParcel {
  return (
    isObject(value) &&
    isString(value.carrier) &&
    isString(value.waybill) &&
    isStatus(value.status) &&
    isStep(value.step) &&
    isNullOr(value.exceptionKind, isOneOf(EXCEPTION_KINDS)) &&
    isNullOr(value.eta, isInstant) &&
    isInstant(value.shippedAt) &&
    isNullOr(value.deliveredAt, isInstant) &&
    Array.isArray(value.events) &&
    value.events.every(isEvent)
  );
}

function isItem(value: unknown): boolean {
  return (
    isObject(value) &&
    isString(value.name) &&
    Number.isInteger(value.quantity) &&
    (value.quantity as number) > 0
  );
}

export function isPublicTracking(value: unknown): value is PublicTracking {
  return (
    isObject(value) &&
    isString(value.orderNumber) &&
    isInstant(value.placedAt) &&
    isString(value.storeName) &&
    isString(value.timeZone) &&
    isLocale(value.locale) &&
    typeof value.cancelled === 'boolean' &&
    isStep(value.step) &&
    isString(value.destinationCity) &&
    Array.isArray(value.items) &&
    value.items.every(isItem) &&
    Array.isArray(value.parcels) &&
    value.parcels.every(isParcel) &&
    isString(value.token)
  );
}
