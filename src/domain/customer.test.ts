import { describe, expect, it } from 'vitest';
import { isMobilePhone, maskEmail, maskPhone, phoneLastFour } from './customer';

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['199 0000 1234', '199****1234'],
    ['+86-021-5555-1234', '*********1234'],
    ['12', '**'],
    ['', ''],
  ])('masks %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('isMobilePhone', () => {
  it.each([
    ['13812345678', true],
    ['19912345678', true],
    ['12812345678', false],
    ['1381234567', false],
    ['138123456789', false],
  ])('%s -> %s', (phone, ok) => {
    expect(isMobilePhone(phone)).toBe(ok);
  });
});

describe('phoneLastFour', () => {
  it.each([
    ['13812345678', '5678'],
    ['138-1234-0001', '0001'],
  ])('%s -> %s', (phone, tail) => {
    expect(phoneLastFour(phone)).toBe(tail);
  });
});

describe('maskEmail', () => {
  it.each([
    ['xiaoming88@qq.com', 'xi***@qq.com'],
    ['a@163.com', 'a***@163.com'],
    ['not-an-email', '***'],
  ])('%s -> %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});
