import { describe, expect, it } from 'vitest';
import { RECORDS } from '../../../server/src/reads/parsers/neptune-layout.js';
import { applyDecimals, parseNeptuneRoute } from '../../../server/src/reads/parsers/neptune-route.js';
import {
  writeNeptuneRoute,
  type NeptuneRouteExport,
} from '../../../server/src/reads/parsers/neptune-route-writer.js';
import { dropLines, editLine, errorLines, fixture, linesOf, put } from './helpers.js';

const COMPLETED = fixture('reads/neptune-route-completed.txt');
const DOWNLOAD = fixture('reads/neptune-route-download.txt');

/** A route as the billing system would export it for a handheld. */
const ROUTE: NeptuneRouteExport = {
  companyCode: 'WCWD',
  createDate: '2026-04-27',
  description: 'West County Water District',
  office: 'WATE',
  cycle: '0002',
  route: 'R-14',
  readDate: '2026-04-30',
  premises: [
    {
      address1: '1208 Peña Blanca Road, Building C',
      customerName: 'Ortíz-Villanueva, María José',
      premiseKey: 'P-1208',
      accountNumber: '101208-02',
      active: true,
      meters: [
        {
          sequence: 110,
          meterKey: 'M-90111',
          meterNumber: '90111000',
          meterType: 'W',
          meterSize: '5/8',
          unit: 'GALLON',
          previousReadDate: '2026-03-31',
          multiplier: '10',
          latitude: '38.00491234567',
          longitude: '-121.80584567891',
          readings: [
            {
              readType: 'WTR',
              collectionId: '1550090111',
              dials: 6,
              decimals: 0,
              highLimit: '18700',
              lowLimit: '18400',
              previousRead: '18452',
            },
          ],
        },
      ],
    },
    {
      address1: '1212 Peña Blanca Road',
      customerName: 'Lakeview Apartments HOA',
      premiseKey: 'P-1212',
      accountNumber: '101212-00',
      active: true,
      meters: [
        {
          sequence: 120,
          meterKey: 'M-90120',
          meterNumber: '90120555',
          meterType: 'W',
          meterSize: '2',
          unit: 'CUBIC_FOOT',
          previousReadDate: '2026-03-31',
          multiplier: '1',
          readings: [
            {
              readType: 'WTR',
              collectionId: '1550090120',
              dials: 8,
              decimals: 2,
              highLimit: '456700.25',
              lowLimit: '450000',
              previousRead: '449987.5',
            },
          ],
        },
        {
          sequence: 121,
          meterKey: 'M-90121',
          meterNumber: '90121556',
          meterType: 'I',
          meterSize: '1',
          unit: 'GALLON',
          previousReadDate: null,
          multiplier: '0.1',
          readings: [
            {
              readType: 'GAL',
              collectionId: '1550090121',
              dials: 6,
              decimals: 1,
              highLimit: '12000',
              lowLimit: '11000.5',
              previousRead: '10990.9',
            },
          ],
        },
      ],
    },
  ],
};

/** What a handheld does: writes the Reading (89–98) and, here and there, a flag or a read code. */
function completeOnHandheld(
  text: string,
  readings: ReadonlyArray<{ reading: string; flags?: Record<number, string>; readCode?: string }>,
): string {
  let k = 0;
  return linesOf(text)
    .map(line => {
      if (!line.startsWith('RDGDT')) return line;
      const r = readings[k++]!;
      let out = put(line, 89, r.reading.padStart(10, r.reading.trim() === '' ? ' ' : '0'));
      if (r.readCode) out = put(out, 109, r.readCode);
      for (const [pos, v] of Object.entries(r.flags ?? {})) out = put(out, Number(pos), v);
      return out;
    })
    .join('\r\n');
}

describe('applyDecimals', () => {
  it.each([
    ['0000012345', 1, '1234.5'],
    ['0000012345', 0, '12345'],
    ['0000000005', 2, '0.05'],
    ['0000000000', 0, '0'],
    ['0000012340', 1, '1234.0'],
    ['9999999999', 8, '99.99999999'],
  ])('should read %s with %i implied decimals as %s', (digits, places, expected) => {
    expect(applyDecimals(digits, places)).toBe(expected);
  });
});

describe('writeNeptuneRoute', () => {
  const text = writeNeptuneRoute(ROUTE);
  const lines = text.split('\r\n').slice(0, -1);

  it('should write every record at the exact width of its type, with CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(lines.map(l => l.slice(0, 5))).toEqual([
      'COMHD',
      'RTEHD',
      'PRMDT',
      'MTRDT',
      'RDGDT',
      'PRMDT',
      'MTRDT',
      'RDGDT',
      'MTRDT',
      'RDGDT',
      'RTETR',
      'COMTR',
    ]);
    for (const line of lines) expect(line.length).toBe(RECORDS[line.slice(0, 5)]!.length);
    expect(lines.map(l => l.length)).toEqual([59, 119, 307, 336, 255, 307, 336, 255, 336, 255, 35, 15]);
  });

  it.each([
    ['RTEHD read date 24–31', 1, 24, '20260430'],
    ['PRMDT premise key 84–103', 2, 84, 'P-1208              '],
    ['PRMDT account number 104–123', 2, 104, '101208-02           '],
    ['PRMDT status 124–127', 2, 124, 'ACTI'],
    ['MTRDT read sequence 6–11', 3, 6, '000110'],
    ['MTRDT meter number 38–57', 3, 38, '90111000            '],
    ['MTRDT unit of measure 108–110', 6, 108, 'CF '],
    ['MTRDT previous read date 245–252', 3, 245, '20260331'],
    ['MTRDT multiplier 253–258', 3, 253, '000010'],
    ['MTRDT multiplier 0.1', 8, 253, '0000.1'],
    ['MTRDT longitude 265–276', 3, 265, '-121.8058457'],
    ['MTRDT latitude 277–288', 3, 277, '38.004912346'],
    ['RDGDT dials and decimals 50–57', 7, 50, '08000200'],
    ['RDGDT high limit 59–68 with 2 decimals', 7, 59, '0045670025'],
    ['RDGDT low limit 69–78', 7, 69, '0045000000'],
    ['RDGDT previous read 79–88', 7, 79, '0044998750'],
    ['RDGDT reading 89–98 left blank for the handheld', 7, 89, '          '],
    ['RTETR counts 24–35', 10, 24, '000002000003'],
  ])('should put %s', (_what, index, start, value) => {
    expect(lines[index]!.slice(start - 1, start - 1 + value.length)).toBe(value);
  });

  it('should transliterate and cut display fields but keep keys whole', () => {
    expect(lines[2]!.slice(5, 31)).toBe('1208 Pena Blanca Road, Bui');
    expect(lines[2]!.slice(57, 83)).toBe('Ortiz-Villanueva, Maria Jo');
  });

  it.each([
    [
      'a meter number longer than 20',
      { meterNumber: 'M'.repeat(21) },
      /meter number .* longer than the 20 characters/,
    ],
    [
      '9 dials',
      { readings: [{ ...ROUTE.premises[0]!.meters[0]!.readings[0]!, dials: 9 }] },
      /dials 9 .* is not 1–8/,
    ],
    [
      'a limit with more decimals than the register',
      { readings: [{ ...ROUTE.premises[0]!.meters[0]!.readings[0]!, highLimit: '18700.5' }] },
      /high limit .* has more than 0 decimals/,
    ],
    [
      'a reading that does not fit 10 digits',
      { readings: [{ ...ROUTE.premises[0]!.meters[0]!.readings[0]!, previousRead: '12345678901' }] },
      /does not fit 10 digits/,
    ],
    ['a non-ASCII meter key', { meterKey: 'M-9011ñ' }, /printable ASCII only/],
    ['a zero multiplier', { multiplier: '0' }, /multiplier "0" .* is not a positive number/],
  ])('should refuse %s', (_what, change, message) => {
    const premise = ROUTE.premises[0]!;
    const bad = { ...ROUTE, premises: [{ ...premise, meters: [{ ...premise.meters[0]!, ...change }] }] };
    expect(() => writeNeptuneRoute(bad)).toThrow(message);
  });
});

describe('Neptune round trip: write → handheld fills readings → parse', () => {
  it('should read back every meter with the reading in register units', () => {
    const completed = completeOnHandheld(writeNeptuneRoute(ROUTE), [
      { reading: '18533' },
      { reading: '45231075', flags: { 116: '1' } },
      { reading: '110421', flags: { 114: '1' } },
    ]);
    const result = parseNeptuneRoute(completed);
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      {
        line: 5,
        meterSerial: '90111000',
        endpointId: '1550090111',
        accountNumber: '101208-02',
        premiseKey: 'P-1208',
        readAt: '2026-04-30T00:00:00',
        readOn: '2026-04-30',
        reading: '18533',
        unit: 'GALLON',
        flags: [],
        source: 'HANDHELD',
        dials: 6,
        highLimit: '18700',
        lowLimit: '18400',
        route: 'R-14',
        sequence: 110,
        meterKey: 'M-90111',
        multiplier: '10',
      },
      {
        line: 8,
        meterSerial: '90120555',
        endpointId: '1550090120',
        accountNumber: '101212-00',
        premiseKey: 'P-1212',
        readAt: '2026-04-30T00:00:00',
        readOn: '2026-04-30',
        reading: '452310.75',
        unit: 'CUBIC_FOOT',
        flags: ['LEAK'],
        source: 'HANDHELD',
        dials: 8,
        highLimit: '456700.25',
        lowLimit: '450000.00',
        route: 'R-14',
        sequence: 120,
        meterKey: 'M-90120',
        multiplier: '1',
      },
      {
        line: 10,
        meterSerial: '90121556',
        endpointId: '1550090121',
        accountNumber: '101212-00',
        premiseKey: 'P-1212',
        readAt: '2026-04-30T00:00:00',
        readOn: '2026-04-30',
        reading: '11042.1',
        unit: 'GALLON',
        flags: ['REVERSE_FLOW'],
        source: 'HANDHELD',
        dials: 6,
        highLimit: '12000.0',
        lowLimit: '11000.5',
        route: 'R-14',
        sequence: 121,
        meterKey: 'M-90121',
        multiplier: '0.1',
      },
    ]);
    expect(result.routes).toEqual([
      {
        line: 2,
        office: 'WATE',
        cycle: '0002',
        route: 'R-14',
        readDate: '2026-04-30',
        premiseCount: 2,
        meterCount: 3,
      },
    ]);
    expect(result.companyCode).toBe('WCWD');
    expect(result.createDate).toBe('2026-04-27');
  });

  it('should take a meter change recorded on the handheld: changed number, dials and decimals', () => {
    let completed = completeOnHandheld(writeNeptuneRoute(ROUTE), [
      { reading: '00000015' },
      { reading: '45231075' },
      { reading: '110421' },
    ]);
    completed = editLine(completed, 4, l => put(l, 58, '90111999'.padEnd(20)));
    completed = editLine(completed, 5, l => put(put(l, 52, '04'), 56, '01'));
    const record = parseNeptuneRoute(completed).records[0]!;
    expect(record).toMatchObject({
      reading: '1.5',
      dials: 4,
      flags: ['METER_CHANGED'],
      changedMeterNumber: '90111999',
      meterSerial: '90111000',
    });
  });

  it('should parse the file as downloaded (nothing read yet) as all no-reads', () => {
    const result = parseNeptuneRoute(writeNeptuneRoute(ROUTE, { lineEnding: '\n' }));
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([]);
    expect(result.noReads.map(n => [n.line, n.meterSerial, n.readCode])).toEqual([
      [5, '90111000', ''],
      [8, '90120555', ''],
      [10, '90121556', ''],
    ]);
  });
});

describe('parseNeptuneRoute on the completed fixture', () => {
  const result = parseNeptuneRoute(COMPLETED);

  it('should read four meters, one no-read with its read code, and check the trailers', () => {
    expect(result.errors).toEqual([]);
    expect(
      result.records.map(r => [
        r.line,
        r.meterSerial,
        r.accountNumber,
        r.reading,
        r.unit,
        r.flags,
        r.multiplier,
      ]),
    ).toEqual([
      [5, '58812044', '100412-01', '185012', 'GALLON', [], '1'],
      [8, '60211877', '100418-02', '9234.1', 'CUBIC_FOOT', ['LEAK'], '1'],
      [11, '70031190', '100501-00', '913377', 'GALLON', [], '10'],
      [13, '70032118', '100501-00', '48022', 'GALLON', ['REVERSE_FLOW'], '1'],
    ]);
    expect(result.noReads).toEqual([
      {
        line: 16,
        meterSerial: '71090333',
        endpointId: '1550071090',
        accountNumber: '100507-03',
        premiseKey: 'P-000507',
        readCode: '12',
      },
    ]);
    expect(result.routes[0]).toMatchObject({ route: '0000000012', premiseCount: 4, meterCount: 5 });
  });

  it('should accept the download fixture (written by our writer) with LF or CRLF', () => {
    expect(parseNeptuneRoute(DOWNLOAD).errors).toEqual([]);
    expect(parseNeptuneRoute(DOWNLOAD.replace(/\r\n/g, '\n')).noReads).toHaveLength(5);
  });
});

describe('parseNeptuneRoute on malformed files', () => {
  it.each([
    [
      'a short RDGDT',
      (t: string) => editLine(t, 5, l => l.slice(0, 254)),
      ['5: RDGDT record is 254 characters; expected 255'],
    ],
    [
      'a long PRMDT',
      (t: string) => editLine(t, 3, l => l + ' '),
      ['3: PRMDT record is 308 characters; expected 307'],
    ],
    [
      'a truncated file',
      (t: string) => dropLines(t, 17, 18),
      ['16: the file ends inside route "0000000012": its RTETR route trailer is missing (truncated file?)'],
    ],
    [
      'a wrong meter count',
      (t: string) => editLine(t, 17, l => put(l, 30, '000004')),
      ['17: RTETR says 4 meters (MTRDT), the route has 5'],
    ],
    [
      'a wrong premise count',
      (t: string) => editLine(t, 17, l => put(l, 24, '000003')),
      ['17: RTETR says 3 premises (PRMDT), the route has 4'],
    ],
    [
      'a gas read type',
      (t: string) => editLine(t, 5, l => put(l, 6, 'GAS ')),
      ['5: RDGDT read type "GAS" is not a water read type (WTR, GAL, CFT, CCF or KGAL)'],
    ],
    [
      'an unknown unit of measure',
      (t: string) => editLine(t, 4, l => put(l, 108, 'LTR')),
      [
        '4: MTRDT unit of measure "LTR" is unknown (GAL, CF, CFT, CCF or KGL)',
        '5: RDGDT read type "WTR" is not a water read type (WTR, GAL, CFT, CCF or KGAL)',
      ],
    ],
    [
      'a bad read date',
      (t: string) => editLine(t, 2, l => put(l, 24, '20260231')),
      ['2: RTEHD read date "20260231" is not a date YYYYMMDD'],
    ],
    [
      'letters in a reading',
      (t: string) => editLine(t, 5, l => put(l, 89, '00001850A2')),
      ['5: RDGDT reading (89–98) "00001850A2" is not a number (digits with implied decimals)'],
    ],
    [
      'dials 09',
      (t: string) => editLine(t, 5, l => put(l, 50, '09')),
      ['5: RDGDT dials (50–51) "09" is not 01–08'],
    ],
    [
      'a control character',
      (t: string) => editLine(t, 3, l => put(l, 10, '\x1b')),
      ['3: bad character at column 10: control character U+1B'],
    ],
    [
      'an unknown record',
      (t: string) => editLine(t, 6, l => 'SRVDT' + l.slice(5)),
      [
        '6: unknown record type "SRVDT" (COMHD, RTEHD, PRMDT, MTRDT, RDGDT, RTETR, COMTR)',
        '17: RTETR says 4 premises (PRMDT), the route has 3',
      ],
    ],
    [
      'a reading without its meter',
      (t: string) => dropLines(t, 4),
      [
        '4: RDGDT reading record outside a meter (no MTRDT before it)',
        '16: RTETR says 5 meters (MTRDT), the route has 4',
      ],
    ],
    [
      'a meter without reading',
      (t: string) => dropLines(t, 5),
      ['4: meter "58812044" has no RDGDT reading record'],
    ],
    [
      'no company header',
      (t: string) => dropLines(t, 1),
      ['1: the file must start with a COMHD company header, found RTEHD'],
    ],
    [
      'a wrong route count',
      (t: string) => editLine(t, 18, l => put(l, 10, '000002')),
      ['18: COMTR says "000002" routes, the file has 1'],
    ],
    [
      'a blank line',
      (t: string) =>
        linesOf(t)
          .flatMap((l, i) => (i === 5 ? ['', l] : [l]))
          .join('\n'),
      ['6: blank line inside the route file'],
    ],
  ])('should report %s with its line number', (_what, mutate, expected) => {
    const result = parseNeptuneRoute(mutate(COMPLETED));
    expect(result.ok).toBe(false);
    expect(errorLines(result)).toEqual(expected);
  });

  it('should report several bad records in one pass', () => {
    let t = editLine(COMPLETED, 5, l => l.slice(0, 250));
    t = editLine(t, 11, l => put(l, 89, 'ABCDEFGHIJ'));
    t = editLine(t, 13, l => put(l, 114, 'X'));
    expect(parseNeptuneRoute(t).errors.map(e => e.line)).toEqual([5, 11, 13]);
  });

  it('should use the read date given for the import when the route has none', () => {
    const t = editLine(COMPLETED, 2, l => put(l, 24, '00000000'));
    expect(errorLines(parseNeptuneRoute(t))).toEqual([
      '2: RTEHD read date is 00000000 and no read date was given for the import',
    ]);
    expect(parseNeptuneRoute(t, { readDate: '2026-04-01' }).records[0]!.readOn).toBe('2026-04-01');
  });
});
