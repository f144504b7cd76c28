/** Helpers for ascending arrays of positions, the shape every order index has. */

export function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function insertSorted(list: number[], value: number): void {
  const at = lowerBound(list, value);
  if (list[at] !== value) list.splice(at, 0, value);
}

export function removeSorted(list: number[], value: number): void {
  const at = lowerBound(list, value);
  if (list[at] === value) list.splice(at, 1);
}

/** The union of several ascending lists, ascending and without duplicates. */
export function unionSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 1) return [...(lists[0] ?? [])];
  const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let k = 0;
  for (const list of lists) for (const v of list) all[k++] = v;
  all.sort();
  const out: number[] = [];
  for (let i = 0; i < all.length; i += 1) {
    const v = all[i] as number;
    if (i === 0 || v !== all[i - 1]) out.push(v);
  }
  return out;
}
