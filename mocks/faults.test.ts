// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RuntimeConfig } from '@/api/contract';
import { resolveFaults } from './faults';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const config = RuntimeConfig.parse({
  backend: 'mock',
  mock: { latencyMs: 50, failureRatio: 0.01 },
});

describe('resolveFaults', () => {
  it('uses config.json when the URL says nothing', () => {
    expect(resolveFaults(config, '', new MemoryStorage())).toEqual({
      latencyMs: 50,
      failureRatio: 0.01,
    });
  });

  it('takes ?faults and ?latency and keeps them while navigating, until ?faults=0&latency=0', () => {
    const storage = new MemoryStorage();
    expect(resolveFaults(config, '?faults=0.2&latency=500', storage)).toEqual({
      latencyMs: 500,
      failureRatio: 0.2,
    });
    expect(resolveFaults(config, '?page=2', storage)).toEqual({
      latencyMs: 500,
      failureRatio: 0.2,
    });
    expect(resolveFaults(config, '?faults=0&latency=0', storage)).toEqual({
      latencyMs: 50,
      failureRatio: 0.01,
    });
    expect(storage.length).toBe(0);
  });

  it.each([
    ['?faults=7', { latencyMs: 0, failureRatio: 1 }],
    ['?latency=250', { latencyMs: 250, failureRatio: 0 }],
    ['?faults=abc', { latencyMs: 50, failureRatio: 0.01 }],
  ])('reads %s', (search, expected) => {
    expect(resolveFaults(config, search, new MemoryStorage())).toEqual(expected);
  });
});
