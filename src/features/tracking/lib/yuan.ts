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
