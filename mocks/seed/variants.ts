import { createRng, subSeed } from './prng';
import type { SeedProduct } from './reference';

/**
 * More SKUs than the catalogue's ~300, for benchmarks: further variants of the catalogue's
 * products (same category, a numbered style), appended after them so that every seeded order,
 * which buys only catalogue products, stays as it was.
 */
export function withVariants(catalogue: readonly SeedProduct[], skus: number, seed: number) {
  const products = [...catalogue];
  if (catalogue.length === 0) return products;
  const rng = createRng(subSeed(seed, 0x5c05));
  for (let n = catalogue.length; n < skus; n += 1) {
    const base = catalogue[n % catalogue.length] as SeedProduct;
    const style = Math.floor(n / catalogue.length) + 1;
    products.push({
      ...base,
      id: `p-${String(n + 1).padStart(4, '0')}`,
      sku: `${base.sku}-${String(style).padStart(2, '0')}`,
      name: `${base.name} ${style}号款`,
      popularity: base.popularity * (0.3 + rng.next() * 0.7),
      variantOf: base.id,
    });
  }
  return products;
}
