/** How a stock level is keyed, in the tables and in a saved overlay. */
export function stockKey(productId: string, locationId: string): string {
  return `${productId}|${locationId}`;
}
