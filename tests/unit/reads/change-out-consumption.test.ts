import { describe, expect, it } from 'vitest';
import { dec } from '../../../server/src/shared/money/index.js';
import { changeOutConsumption } from '../../../server/src/reads/core/index.js';

const oldMeter = { dials: 4, multiplier: dec(1), registerUnit: 'GALLON' as const };
const newMeter = { dials: 5, multiplier: dec(1), registerUnit: 'CUBIC_FOOT' as const };

describe('changeOutConsumption', () => {
  it.each([
    [
      'a gallon meter is replaced by a cubic-foot meter',
      '8210',
      '8650',
      '0',
      '62',
      'NORMAL',
      '440',
      '463.79224',
      '903.79224',
    ],
    [
      'the old meter rolled over before it was pulled',
      '9900',
      '0040',
      '0',
      '10',
      'ROLLOVER',
      '140',
      '74.8052',
      '214.8052',
    ],
    [
      'the new meter is read below its initial read',
      '8210',
      '8650',
      '100',
      '40',
      'NEGATIVE',
      '440',
      '-448.8312',
      '-8.8312',
    ],
  ])(
    'should add both meters when %s',
    (_n, previous, final, initial, current, kind, oldGallons, newGallons, total) => {
      const c = changeOutConsumption({
        oldMeter: { ...oldMeter, previous: dec(previous), final: dec(final) },
        newMeter: { ...newMeter, initial: dec(initial), current: dec(current) },
      });
      expect([
        c.kind,
        c.oldMeter.gallons.toFixed(),
        c.newMeter.gallons.toFixed(),
        c.gallons.toFixed(),
      ]).toEqual([kind, oldGallons, newGallons, total]);
      expect(c.oldMeter.gallons.plus(c.newMeter.gallons).eq(c.gallons)).toBe(true);
    },
  );

  it('should never report a rollover when a change-out restarts the register (old final − new current would wrap)', () => {
    const c = changeOutConsumption({
      oldMeter: { ...oldMeter, previous: dec('8210'), final: dec('8650') },
      newMeter: { ...oldMeter, initial: dec('0'), current: dec('0300') },
    });
    expect(c.kind).toBe('NORMAL');
    expect(c.gallons.toFixed()).toBe('740');
  });
});
