import { describe, expect, it } from 'vitest';
import {
  accountReferenceIndex,
  matchAccountReference,
  normalizeAccountReference,
} from '../../../server/src/payments/core/index.js';

describe('normalizeAccountReference', () => {
  it.each([
    ['0000012345-01', '1234501'],
    [' 12-345.01 ', '1234501'],
    ['w-100/2', 'W1002'],
    ['0000', '0'],
    ['', ''],
    ['  ', ''],
  ])('should reduce %j to %j', (text, normalized) => {
    expect(normalizeAccountReference(text)).toBe(normalized);
  });
});

describe('matchAccountReference', () => {
  const index = accountReferenceIndex(['0012345', '12346', 'W-100-2', '0012345']);

  it.each([
    ['12345', { status: 'MATCHED', accountNumber: '0012345' }],
    ['0000012345', { status: 'MATCHED', accountNumber: '0012345' }],
    [' 12 345 ', { status: 'MATCHED', accountNumber: '0012345' }],
    ['w1002', { status: 'MATCHED', accountNumber: 'W-100-2' }],
    ['99999', { status: 'UNMATCHED' }],
    ['', { status: 'UNMATCHED' }],
    ['---', { status: 'UNMATCHED' }],
  ])('should match lockbox reference %j', (reference, expected) => {
    expect(matchAccountReference(reference, index)).toEqual(expected);
  });

  it('should send a reference that fits two accounts to suspense unless written exactly', () => {
    const twins = accountReferenceIndex(['12345', '012345']);
    expect(matchAccountReference('0012345', twins)).toEqual({
      status: 'AMBIGUOUS',
      candidates: ['12345', '012345'],
    });
    expect(matchAccountReference('012345', twins)).toEqual({ status: 'MATCHED', accountNumber: '012345' });
  });
});
