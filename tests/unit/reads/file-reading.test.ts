import { describe, expect, it } from 'vitest';
import { fileReadingValue, readingTextProblem, type FileReadingParams } from '../../../server/src/reads/core/file-reading.js';

const gallonMeter = { registerUnit: 'GALLON', multiplier: '1', dials: 6, engineeringUnits: true } as const;

describe('fileReadingValue', () => {
  it.each<[string, Partial<FileReadingParams> & { reading: string; unit: FileReadingParams['unit'] }, string]>([
    ['gallons on a gallon register, kept exactly', { reading: '184523.5', unit: 'GALLON' }, '184523.5'],
    ['leading zeros as printed', { reading: '000731', unit: 'GALLON' }, '731'],
    ['KGAL on a gallon register', { reading: '88.301', unit: 'KGAL' }, '88301'],
    ['gallons on a register reading tens of gallons (AMI engineering units)', { reading: '184520', unit: 'GALLON', multiplier: '10' }, '18452'],
    ['a handheld keys register digits: no multiplier', { reading: '18452', unit: 'GALLON', multiplier: '10', engineeringUnits: false }, '18452'],
    ['CCF on a cubic-foot register (BEACON 227.6 CCF)', { reading: '227.6', unit: 'CCF', registerUnit: 'CUBIC_FOOT' }, '22760'],
    ['CCF on a register of tens of cubic feet', { reading: '12', unit: 'CCF', registerUnit: 'CUBIC_FOOT', multiplier: '10' }, '120'],
    ['a division that does not end, half up at 6 decimals', { reading: '100', unit: 'GALLON', multiplier: '3' }, '33.333333'],
  ])('should convert %s', (_name, params, value) => {
    expect(fileReadingValue({ ...gallonMeter, ...params })).toEqual({ value });
  });

  it('should refuse a unit of the other family rather than convert 7.48052 gallons a cubic foot', () => {
    expect(fileReadingValue({ ...gallonMeter, reading: '12', unit: 'CCF' })).toEqual({ error: "unit CCF is not a unit of the meter's GALLON register" });
  });

  it('should refuse a value that does not fit on the dials (10^dials)', () => {
    expect(fileReadingValue({ ...gallonMeter, reading: '999999.9', unit: 'GALLON' })).toEqual({ value: '999999.9' });
    expect(fileReadingValue({ ...gallonMeter, reading: '1000', unit: 'KGAL' })).toHaveProperty('error');
  });
});

describe('readingTextProblem', () => {
  it.each([
    ['123456789012', null],
    ['000000123456789012.5', null],
    ['1234567890123', 'more than 12 whole digits'],
    ['1.123456', null],
    ['1.1234567', 'more than 6 decimals'],
  ])('%s → %s', (reading, problem) => {
    const found = readingTextProblem(reading);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
