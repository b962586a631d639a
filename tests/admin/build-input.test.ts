import { describe, expect, it } from 'vitest';
import {
  buildCreateInput,
  buildUpdateInput,
  coerceInputValue,
} from '../../admin/src/data-provider/build-input';
import type { InputFieldModel } from '../../admin/src/schema/schema-model';
import { resources } from '../../admin/src/schema/resources';

const model = (name: string) => resources.get(name)!;
const input = (kind: InputFieldModel['kind'], list = false): InputFieldModel => ({
  name: 'x',
  label: 'X',
  kind,
  list,
  required: false,
});

describe('form values → input values', () => {
  it.each([
    ['money', ' 52.75 ', '52.75'],
    ['money', '0.10', '0.10'],
    ['decimal', '29.885', '29.885'],
    ['int', '120', 120],
    ['int', 7, 7],
    ['int', 'abc', 'abc'],
    ['boolean', 'true', true],
    ['date', '2026-03-31', '2026-03-31'],
    ['date', new Date(2026, 2, 31, 15, 0), '2026-03-31'],
    ['datetime', '2026-03-31T12:00:00.000Z', '2026-03-31T12:00:00.000Z'],
    ['json', '{"mode":"AVERAGE"}', { mode: 'AVERAGE' }],
    ['text', '', null],
  ] as const)('should send %s %j as %j', (kind, value, expected) => {
    expect(coerceInputValue(input(kind), value)).toEqual(expected);
  });

  it('should keep money a string: no float ever rounds it', () => {
    expect(coerceInputValue(input('money'), '12345678901234.57')).toBe('12345678901234.57');
  });

  it('should split a list typed with commas', () => {
    expect(coerceInputValue(input('text', true), 'W-RES-IN, S-RES ,')).toEqual(['W-RES-IN', 'S-RES']);
    expect(coerceInputValue(input('text', true), ['W-RES-IN'])).toEqual(['W-RES-IN']);
    expect(coerceInputValue(input('json', true), '[{"upTo":"2","rate":"0"}]')).toEqual([
      { upTo: '2', rate: '0' },
    ]);
  });
});

describe('create input', () => {
  it('should send filled fields and leave out empty optional ones so that server defaults apply', () => {
    const data = {
      name: 'Maria Gonzalez',
      customerClass: 'RESIDENTIAL',
      email: '',
      phone: null,
      number: 'C1',
    };
    expect(buildCreateInput(model('customers').create!, data)).toEqual({
      name: 'Maria Gonzalez',
      customerClass: 'RESIDENTIAL',
    });
  });

  it('should start service with references, money as text and the codes as a list', () => {
    const data = {
      customerId: '7',
      premiseId: '9',
      cycleId: '2',
      rateScheduleCodes: 'W-RES-IN, S-RES',
      startDate: '2026-04-01',
      depositAmount: '75.00',
      dwellingUnits: 1,
      paperless: null,
    };
    expect(buildCreateInput(model('accounts').create!, data)).toEqual({
      customerId: '7',
      premiseId: '9',
      cycleId: '2',
      rateScheduleCodes: ['W-RES-IN', 'S-RES'],
      startDate: '2026-04-01',
      depositAmount: '75.00',
      dwellingUnits: 1,
    });
  });
});

describe('update input', () => {
  const previous = {
    id: '5',
    address: '1840 Procter St',
    city: 'Port Arthur',
    state: 'TX',
    zip: '77640',
    routeCode: 'R1',
    sequence: 120,
    latitude: null,
    insideCityLimits: true,
    createdAt: '2026-01-01T00:00:00Z',
    routeId: '3',
  };

  it('should send only the fields that changed and that the update input has', () => {
    const data = {
      ...previous,
      zip: '77642',
      sequence: '130',
      createdAt: '2027-01-01T00:00:00Z',
      routeId: '4',
    };
    expect(buildUpdateInput(model('premises').update!, data, previous)).toEqual({
      zip: '77642',
      sequence: 130,
    });
  });

  it('should send nothing when nothing changed, and null when a field was cleared', () => {
    expect(buildUpdateInput(model('premises').update!, { ...previous }, previous)).toEqual({});
    expect(buildUpdateInput(model('premises').update!, { ...previous, routeCode: '' }, previous)).toEqual({
      routeCode: null,
    });
  });

  it('should compare lists by value', () => {
    const account = { id: '1', rateScheduleCodes: ['W-RES-IN'], cycleId: '2', paperless: false };
    expect(
      buildUpdateInput(model('accounts').update!, { ...account, rateScheduleCodes: 'W-RES-IN' }, account),
    ).toEqual({});
    expect(
      buildUpdateInput(
        model('accounts').update!,
        { ...account, rateScheduleCodes: 'W-RES-IN, S-RES', cycleId: '3' },
        account,
      ),
    ).toEqual({
      rateScheduleCodes: ['W-RES-IN', 'S-RES'],
      cycleId: '3',
    });
  });
});
