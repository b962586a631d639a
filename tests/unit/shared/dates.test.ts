import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isCalendarDate, periodDays } from '../../../server/src/shared/dates/index.js';

describe('calendar dates', () => {
  it('should count a move-in period April 12 to April 30 as 19 days', () => {
    expect(periodDays({ start: '2026-04-12', end: '2026-04-30' })).toBe(19);
  });

  it('should count days across a daylight-saving change and a leap day', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('should reject dates that do not exist', () => {
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
    expect(() => periodDays({ start: '2026-05-02', end: '2026-05-01' })).toThrow(/ends before/);
  });

  it('should clamp month arithmetic to the last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', -12)).toBe('2025-11-30');
  });
});
