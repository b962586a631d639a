import { describe, expect, it } from 'vitest';
import { dec, decimalText, moneyText, ZERO } from '../../../server/src/shared/money/index.js';
import {
  billingRegister,
  compareRegisters,
  type RegisterRow,
  type RegisterTotal,
} from '../../../server/src/billing/core/index.js';

const row = (
  billId: string,
  service: RegisterRow['service'],
  scheduleCode: string,
  cycleCode: string,
  amount: string,
  usage: string | null,
): RegisterRow => ({
  billId,
  service,
  scheduleCode,
  cycleCode,
  amount: dec(amount),
  usageGallons: usage === null ? null : dec(usage),
});

const april = [
  row('b1', 'WATER', 'W-RES-IN', 'C01', '38.45', '4300'),
  row('b1', 'SEWER', 'S-RES-IN', 'C01', '41.20', '4300'),
  row('b1', 'SOLID_WASTE', 'T-RES', 'C01', '18.50', null),
  row('b2', 'WATER', 'W-RES-IN', 'C01', '52.75', '6200'),
  row('b2', 'SEWER', 'S-RES-IN', 'C01', '44.10', '4000'),
  row('b3', 'WATER', 'W-COM', 'C02', '210.30', '28000'),
  row('b3', 'SEWER', 'S-COM', 'C02', '188.15', '28000'),
];
const march = [
  row('a1', 'WATER', 'W-RES-IN', 'C01', '36.10', '4000'),
  row('a1', 'SEWER', 'S-RES-IN', 'C01', '39.80', '4000'),
  row('a2', 'WATER', 'W-RES-IN', 'C01', '50.00', '6000'),
  row('a2', 'SEWER', 'S-RES-IN', 'C01', '44.10', '4000'),
  row('a3', 'WATER', 'W-COM', 'C02', '200.00', '27000'),
  row('a3', 'SEWER', 'S-COM', 'C02', '180.00', '27000'),
];

const show = (totals: readonly RegisterTotal[]) =>
  totals.map(t => [t.key, t.bills, moneyText(t.amount), decimalText(t.usageGallons)]);
const foots = (totals: readonly RegisterTotal[], total: RegisterTotal) =>
  totals.reduce((s, t) => s.plus(t.amount), ZERO).eq(total.amount);

describe('billingRegister', () => {
  const register = billingRegister(april);

  it('should total the run by service, schedule and cycle, each grouping footing to the total', () => {
    expect(show([register.total])).toEqual([['TOTAL', 3, '593.45', '74800']]);
    expect(show(register.byService)).toEqual([
      ['SEWER', 3, '273.45', '36300'],
      ['SOLID_WASTE', 1, '18.50', '0'],
      ['WATER', 3, '301.50', '38500'],
    ]);
    expect(show(register.bySchedule)).toEqual([
      ['S-COM', 1, '188.15', '28000'],
      ['S-RES-IN', 2, '85.30', '8300'],
      ['T-RES', 1, '18.50', '0'],
      ['W-COM', 1, '210.30', '28000'],
      ['W-RES-IN', 2, '91.20', '10500'],
    ]);
    expect(show(register.byCycle)).toEqual([
      ['C01', 2, '195.00', '18800'],
      ['C02', 1, '398.45', '56000'],
    ]);
    for (const grouping of [register.byService, register.bySchedule, register.byCycle]) {
      expect(foots(grouping, register.total)).toBe(true);
    }
  });

  it('should be empty for an empty run', () => {
    expect(show([billingRegister([]).total])).toEqual([['TOTAL', 0, '0.00', '0']]);
  });

  it('should compare with the previous period: difference and percent', () => {
    const c = compareRegisters(register, billingRegister(march));
    expect([c.amount.total.difference, c.amount.total.percent].map(x => x!.toString())).toEqual([
      '43.45',
      '7.9',
    ]);
    expect(c.amount.total.current.minus(c.amount.total.previous).eq(c.amount.total.difference)).toBe(true);
    expect(c.usageGallons.total.percent!.toString()).toBe('3.89');
    expect([c.bills.difference.toString(), c.bills.percent!.toString()]).toEqual(['0', '0']);
    const trash = c.amount.byService.find(x => x.key === 'SOLID_WASTE')!;
    expect([moneyText(trash.previous), moneyText(trash.difference), trash.percent]).toEqual([
      '0.00',
      '18.50',
      null,
    ]);
    expect(c.bySchedule.map(x => x.key)).toEqual(['S-COM', 'S-RES-IN', 'T-RES', 'W-COM', 'W-RES-IN']);
    const diffs = c.amount.byService.reduce((s, x) => s.plus(x.difference), ZERO);
    expect(diffs.eq(c.amount.total.difference)).toBe(true);
  });
});
