import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../admin/src/format/dates';
import { camelFromConstant, humanize } from '../../admin/src/format/labels';
import { formatDecimal, formatMoney, MONEY_PATTERN } from '../../admin/src/format/money';

describe('money shown to a clerk', () => {
  it.each([
    ['52.75', '$52.75'],
    ['1234567.5', '$1,234,567.50'],
    ['-52.75', '-$52.75'],
    ['0', '$0.00'],
    ['007.1', '$7.10'],
    ['12345678901234567.89', '$12,345,678,901,234,567.89'],
    ['1.005', '$1.005'],
    ['', ''],
    ['n/a', 'n/a'],
  ])('should format %j as %j from the text, never through a float', (value, shown) => {
    expect(formatMoney(value)).toBe(shown);
  });

  it('should group decimals and keep their digits', () => {
    expect(formatDecimal('12345.678')).toBe('12,345.678');
    expect(formatDecimal('-93.94')).toBe('-93.94');
  });

  it('should accept amounts with at most two decimals', () => {
    expect(['52.75', '-3', '0.1'].every(v => MONEY_PATTERN.test(v))).toBe(true);
    expect(['52.755', '1e3', '5,00', ''].some(v => MONEY_PATTERN.test(v))).toBe(false);
  });
});

describe('dates shown to a clerk', () => {
  it('should show a calendar date on its own day whatever the time zone', () => {
    expect(formatDate('2026-03-01', 'en-US')).toBe('Mar 1, 2026');
    expect(formatDate('not a date', 'en-US')).toBe('not a date');
  });

  it('should show an instant in the given time zone', () => {
    expect(formatDateTime('2026-03-01T05:30:00Z', 'en-US', 'America/Chicago').replace(/\s/g, ' ')).toBe(
      'Feb 28, 2026, 11:30 PM',
    );
  });
});

describe('labels', () => {
  it.each([
    ['customerClass', 'Customer class'],
    ['amiEndpointId', 'AMI endpoint ID'],
    ['zip', 'ZIP'],
    ['IN_STOCK', 'In stock'],
    ['billingCycles', 'Billing cycles'],
  ])('should humanize %s as %s', (name, label) => {
    expect(humanize(name)).toBe(label);
  });

  it('should map an order field to its field', () => {
    expect(camelFromConstant('CREATED_AT')).toBe('createdAt');
  });
});
