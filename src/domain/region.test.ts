import { describe, expect, it } from 'vitest';
import { PROVINCES, REGIONS, REGION_NEIGHBOURS, regionsAreNear, type Region } from './region';

describe('REGION_NEIGHBOURS', () => {
  it('is symmetric and never lists a region as its own neighbour', () => {
    for (const region of REGIONS) {
      for (const neighbour of REGION_NEIGHBOURS[region]) {
        expect(neighbour).not.toBe(region);
        expect(REGION_NEIGHBOURS[neighbour], `${neighbour} → ${region}`).toContain(region);
      }
    }
  });

  it('covers every region a province belongs to', () => {
    for (const province of PROVINCES) expect(REGIONS).toContain(province.region);
  });
});

describe('regionsAreNear', () => {
  it.each<[Region, Region, boolean]>([
    ['east', 'east', true],
    ['east', 'central', true],
    ['east', 'south', true],
    ['east', 'north', true],
    ['east', 'southwest', false],
    ['east', 'northwest', false],
    ['east', 'northeast', false],
    ['south', 'southwest', true],
    ['south', 'north', false],
    ['south', 'northeast', false],
    ['north', 'northeast', true],
    ['north', 'northwest', true],
    ['north', 'southwest', false],
    ['central', 'northwest', true],
    ['central', 'northeast', false],
    ['southwest', 'northwest', true],
    ['northwest', 'northeast', false],
  ])('%s and %s → %s', (a, b, near) => {
    expect(regionsAreNear(a, b)).toBe(near);
    expect(regionsAreNear(b, a)).toBe(near);
  });
});
