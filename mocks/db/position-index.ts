/**
 * Keys (order numbers, waybills) to positions that stay right when orders are added at the
 * front: it keeps each order's place counted from the oldest, which never changes, and turns it
 * into a position when asked.
 */
export class PositionIndex {
  private fromOldest = new Map<string, number>();

  constructor(private readonly size: () => number) {}

  get(key: string): number | undefined {
    const place = this.fromOldest.get(key);
    return place === undefined ? undefined : this.size() - 1 - place;
  }

  set(key: string, position: number): void {
    this.fromOldest.set(key, this.size() - 1 - position);
  }

  delete(key: string): void {
    this.fromOldest.delete(key);
  }
}
