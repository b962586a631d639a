import { describe, expect, it } from 'vitest';
import { METER_SIZES, normalizeMeterSize } from '../../../server/src/rating/core/index.js';

describe('normalizeMeterSize', () => {
  it.each([
    ['5/8"', '5/8'],
    ['5/8 in', '5/8'],
    ['5/8-inch', '5/8'],
    ['0.625', '5/8'],
    ['.625', '5/8'],
    ['⅝', '5/8'],
    ['5/8x3/4', '5/8'],
    ['5/8 X 3/4"', '5/8'],
    ['3/4"', '3/4'],
    ['0.75', '3/4'],
    ['1', '1'],
    ['1"', '1'],
    ['1 1/2', '1-1/2'],
    ['1-1/2"', '1-1/2'],
    ['1.5', '1-1/2'],
    ['1½"', '1-1/2'],
    ['2 inches', '2'],
    ['6"', '6'],
    ['8', '8'],
  ])('should normalize %s to %s when the text names a known size', (text, size) => {
    expect(normalizeMeterSize(text)).toBe(size);
  });

  it.each(['7/8', '10"', '1/0', 'large', '', '1.25'])(
    'should return null when %j is not a known size',
    text => {
      expect(normalizeMeterSize(text)).toBeNull();
    },
  );

  it('should keep a size when it is already canonical', () => {
    for (const size of METER_SIZES) expect(normalizeMeterSize(size)).toBe(size);
  });
});
