import type { TagRow } from '../seed/reference';
import type { OrderRow } from './types';

const SHARED_BIT = 2 ** 31;

/**
 * Gives each tag a bit in the orders' tags column, so tag filters and counts read one number per
 * order. A tag keeps its bit for the life of the tables (reseeding included): the column is
 * rebuilt from the rows, never renumbered.
 */
export class TagBits {
  private bits = new Map<string, number>();

  /** The bit of a tag; tags beyond 32 share the last bit and are checked on the row. */
  bitOf(id: string): number {
    let bit = this.bits.get(id);
    if (bit === undefined) {
      bit = 2 ** Math.min(this.bits.size, 31);
      this.bits.set(id, bit);
    }
    return bit;
  }

  get shared(): boolean {
    return this.bits.size > 31;
  }

  /** How many orders carry each tag, counted from the tags column rather than the rows. */
  orderCounts(
    tags: readonly TagRow[],
    column: Uint32Array,
    orders: readonly OrderRow[],
  ): Map<string, number> {
    const perBit = new Float64Array(32);
    for (let position = 0; position < column.length; position += 1) {
      let bits = column[position] as number;
      while (bits !== 0) {
        const lowest = bits & -bits;
        const bit = 31 - Math.clz32(lowest);
        perBit[bit] = (perBit[bit] as number) + 1;
        bits ^= lowest;
      }
    }
    const counts = new Map<string, number>();
    for (const tag of tags) {
      const bit = this.bitOf(tag.id);
      if (bit !== SHARED_BIT || !this.shared) {
        counts.set(tag.id, perBit[31 - Math.clz32(bit)] as number);
        continue;
      }
      // Tags past the 31st share the last bit: their rows tell them apart.
      let n = 0;
      for (let position = 0; position < column.length; position += 1) {
        if (((column[position] as number) & SHARED_BIT) !== 0)
          n += (orders[position] as OrderRow).tagIds.includes(tag.id) ? 1 : 0;
      }
      counts.set(tag.id, n);
    }
    return counts;
  }

  /** Positions of the orders carrying a tag, ascending. */
  positionsWith(id: string, column: Uint32Array, orders: readonly OrderRow[]): number[] {
    const bit = this.bitOf(id);
    const positions: number[] = [];
    for (let position = 0; position < column.length; position += 1) {
      if (
        ((column[position] as number) & bit) !== 0 &&
        (orders[position] as OrderRow).tagIds.includes(id)
      )
        positions.push(position);
    }
    return positions;
  }
}
