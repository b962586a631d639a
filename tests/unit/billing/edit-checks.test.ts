import { describe, expect, it } from 'vitest';
import { dec } from '../../../server/src/shared/money/index.js';
import { defaultEditThresholds, editChecks, type EditFacts } from '../../../server/src/billing/core/index.js';

/** A 30-day residential period on a 5/8" meter, averaging 150 gal/day (4,500 gal a period). */
const usual: EditFacts = {
  days: 30,
  usageGallons: dec('4300'),
  consumptionKind: 'NORMAL',
  hasActualRead: true,
  averageDailyGallons: dec('150'),
  lastPeriodGallons: dec('4100'),
  meterChanged: false,
  alerts: [],
  partialPeriod: null,
};

const codes = (facts: Partial<EditFacts>) =>
  editChecks({ ...usual, ...facts }).map(e => `${e.code}${e.blocking ? '!' : ''}`);

describe('editChecks', () => {
  it.each<[string, Partial<EditFacts>, string[]]>([
    ['a usual period', {}, []],
    ['usage over twice the average and 9,500 gal above it', { usageGallons: dec('14000') }, ['HIGH!']],
    ['usage over twice the average but only 4,501 gal above it', { usageGallons: dec('9001') }, []],
    [
      'usage exactly twice the average (strictly greater needed)',
      { averageDailyGallons: dec('200'), usageGallons: dec('12000') },
      [],
    ],
    [
      'a small average: 5,700 gal against 600',
      { averageDailyGallons: dec('20'), usageGallons: dec('5700') },
      ['HIGH!'],
    ],
    [
      'exactly 5,000 gal above a small average (strictly more needed)',
      { averageDailyGallons: dec('20'), usageGallons: dec('5600') },
      [],
    ],
    ['usage under half the average', { usageGallons: dec('2000') }, ['LOW']],
    ['usage exactly half the average (strictly less needed)', { usageGallons: dec('2250') }, []],
    [
      'a low user: average 1,000 gal a period exactly',
      { days: 20, averageDailyGallons: dec('50'), usageGallons: dec('100') },
      [],
    ],
    ['zero usage after a 4,100 gal period', { usageGallons: dec('0') }, ['LOW', 'ZERO']],
    [
      'zero usage after a zero period, no history',
      { usageGallons: dec('0'), lastPeriodGallons: dec('0'), averageDailyGallons: null },
      [],
    ],
    [
      'no actual read in the window',
      { hasActualRead: false, usageGallons: null, consumptionKind: null },
      ['NO_READ!'],
    ],
    [
      'an estimated read (no actual read) near the average',
      { hasActualRead: false, usageGallons: dec('4500') },
      ['NO_READ!'],
    ],
    [
      'a negative consumption, whatever the average',
      { consumptionKind: 'NEGATIVE', usageGallons: dec('-9123') },
      ['NEGATIVE!'],
    ],
    ['a rollover near the average', { consumptionKind: 'ROLLOVER', usageGallons: dec('4380') }, ['ROLLOVER']],
    [
      'a rollover giving a huge usage',
      { consumptionKind: 'ROLLOVER', usageGallons: dec('95000') },
      ['HIGH!', 'ROLLOVER'],
    ],
    ['a meter change-out', { meterChanged: true }, ['METER_CHANGE']],
    [
      'leak and tamper alerts (battery ignored)',
      { alerts: ['leak', 'LOW_BATTERY', ' Tamper'] },
      ['AMI_ALERT'],
    ],
    ['a battery alert only', { alerts: ['LOW_BATTERY'] }, []],
    ['a 6-day final bill', { partialPeriod: 'FINAL', days: 6, usageGallons: dec('900') }, ['PARTIAL_PERIOD']],
    [
      'a new account without history',
      {
        averageDailyGallons: null,
        lastPeriodGallons: null,
        usageGallons: dec('50000'),
        partialPeriod: 'MOVE_IN',
      },
      ['PARTIAL_PERIOD'],
    ],
  ])('should flag %s', (_label, facts, expected) => {
    expect(codes(facts)).toEqual(expected);
  });

  it('should give the figures behind a HIGH exception as decimal text, and a message a clerk can read', () => {
    const [high] = editChecks({ ...usual, usageGallons: dec('14000') });
    expect(high).toEqual({
      code: 'HIGH',
      blocking: true,
      message:
        'Usage 14,000 gal is over 9,000 gal (2 × average 4,500 gal for 30 days), 9,500 gal above average',
      figures: {
        days: '30',
        usage: '14000',
        average: '4500',
        averageDaily: '150',
        threshold: '9000',
        excess: '9500',
      },
    });
    expect(dec(high!.figures.usage!).minus(dec(high!.figures.average!)).eq(dec(high!.figures.excess!))).toBe(
      true,
    );
  });

  it('should keep full precision for CCF-converted usage (20 ccf = 14,961.04 gal)', () => {
    const usage = dec('20').times(dec('748.052'));
    const [high] = editChecks({ ...usual, usageGallons: usage });
    expect(high!.figures.usage).toBe('14961.04');
  });

  it('should give LOW figures and list AMI alerts once each', () => {
    const [low] = editChecks({ ...usual, usageGallons: dec('2000') });
    expect(low!.figures).toMatchObject({ usage: '2000', average: '4500', threshold: '2250' });
    const [ami] = editChecks({ ...usual, alerts: ['LEAK', 'leak', 'REVERSE_FLOW'] });
    expect(ami!.figures.alerts).toBe('LEAK,REVERSE_FLOW');
  });

  it('should use configured thresholds', () => {
    const strict = { ...defaultEditThresholds, highRatio: dec('3'), highMinExcessGallons: dec('2000') };
    expect(editChecks({ ...usual, usageGallons: dec('14000') }, strict).map(e => e.code)).toEqual(['HIGH']);
    expect(editChecks({ ...usual, usageGallons: dec('13000') }, strict).map(e => e.code)).toEqual([]);
  });
});
