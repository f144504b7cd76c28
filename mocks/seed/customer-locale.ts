import type { CustomerLocale } from '@/domain/notification/templates';
import type { CustomerRow } from '../db/types';
import { createRng, subSeed } from './prng';

const LOCALE_SALT = 0x10ca1e;

/**
 * The language a customer reads their messages in: mostly simplified Chinese, some traditional
 * (Hong Kong, Taiwan and overseas Chinese customers), a few English. Fixed per customer.
 */
export function customerLocaleOf(customer: CustomerRow): CustomerLocale {
  const digits = Number(customer.id.replace(/\D/g, '')) || 0;
  const u = createRng(subSeed(LOCALE_SALT, digits)).next();
  if (u < 0.86) return 'zh-CN';
  if (u < 0.94) return 'zh-TW';
  return 'en';
}
