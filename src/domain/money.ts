/** Money travels and is computed in integer minor units (fen for CNY); never in floating yuan. */
export const CURRENCIES = ['CNY'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface Money {
  amount: number;
  currency: Currency;
}

export function money(amount: number, currency: Currency = 'CNY'): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`money amount must be an integer number of minor units, got ${amount}`);
  }
  return { amount, currency };
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`cannot add ${a.currency} to ${b.currency}`);
  return money(a.amount + b.amount, a.currency);
}

export function sumMoney(items: readonly Money[], currency: Currency = 'CNY'): Money {
  return items.reduce((total, item) => addMoney(total, item), money(0, currency));
}

/** Unit price × quantity, in minor units. */
export function lineTotal(unitPrice: Money, quantity: number): Money {
  if (!Number.isInteger(quantity) || quantity < 0) {
    throw new RangeError(`quantity must be a non-negative integer, got ${quantity}`);
  }
  return money(unitPrice.amount * quantity, unitPrice.currency);
}

/** Splits an amount in proportion to weights so the parts add up exactly (largest remainder). */
export function allocateProportionally(amount: number, weights: readonly number[]): number[] {
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  if (totalWeight <= 0) return weights.map(() => 0);
  const raw = weights.map((w) => (amount * w) / totalWeight);
  const parts = raw.map((r) => Math.floor(r));
  let remainder = amount - parts.reduce((s, p) => s + p, 0);
  const order = raw
    .map((r, i) => ({ i, frac: r - Math.floor(r) }))
    .sort((x, y) => y.frac - x.frac || x.i - y.i);
  for (const { i } of order) {
    if (remainder <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    remainder -= 1;
  }
  return parts;
}

/**
 * Reads an amount typed in yuan ("12", "12.5", "１２.５０", "¥12.50") as whole fen. Null when it is
 * not a plain amount with at most two decimals, so the form can say so instead of rounding.
 */
export function fenFromYuan(text: string): number | null {
  const plain = text
    .replace(/[０-９．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，¥￥]/g, '');
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(plain);
  if (!match) return null;
  const yuan = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return yuan * 100 + cents;
}

/** Fen as the amount field shows it: "12.50". */
export function yuanText(fen: number): string {
  return (fen / 100).toFixed(2);
}
