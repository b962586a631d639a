import { describe, expect, it } from 'vitest';
import { monthLabel, usageFromBills, usageFromReads } from '../../admin/src/components/usage-history';
import { runButtons } from '../../admin/src/views/bill-run-console/run-actions';
import { describeProgress, formatSeconds } from '../../admin/src/views/bill-run-console/progress';
import { describeDifference } from '../../admin/src/views/cash-drawers/difference';
import { mergeAccountMatches, searchTerm } from '../../admin/src/views/counter/account-matches';
import { commandOfKey, moveCursor } from '../../admin/src/views/edit-list/keymap';
import { DEFAULT_FILTERS, exceptionFilterOf } from '../../admin/src/views/edit-list/filters';
import { figureRows } from '../../admin/src/views/edit-list/figures';
import { monthsBefore, todayLocal } from '../../admin/src/views/shared/dates';
import { fileRoutes, filesBaseOf } from '../../admin/src/views/shared/files';
import { formatQuantity, trimDecimal } from '../../admin/src/views/shared/quantity';

describe('edit list keyboard', () => {
  it.each([
    [{ key: 'j' }, { kind: 'move', by: 1 }],
    [{ key: 'ArrowDown' }, { kind: 'move', by: 1 }],
    [{ key: 'k' }, { kind: 'move', by: -1 }],
    [{ key: 'ArrowUp' }, { kind: 'move', by: -1 }],
    [{ key: 'a' }, { kind: 'act', action: 'ACCEPT' }],
    [{ key: 'e' }, { kind: 'act', action: 'ESTIMATE' }],
    [{ key: 'h' }, { kind: 'act', action: 'HOLD' }],
    [{ key: 'u' }, { kind: 'act', action: 'RELEASE_HOLD' }],
    [{ key: 'r' }, { kind: 'act', action: 'WORK_ORDER', workOrderType: 'RE_READ' }],
    [{ key: 'l' }, { kind: 'act', action: 'WORK_ORDER', workOrderType: 'LEAK_CHECK' }],
    [{ key: 'c' }, { kind: 'correct' }],
    [{ key: 'x' }, { kind: 'toggle' }],
    [{ key: 'A', shiftKey: true }, { kind: 'bulkAccept' }],
    [{ key: 'X', shiftKey: true }, { kind: 'selectAll' }],
  ])('should map %j to %j', (key, command) => {
    expect(commandOfKey(key)).toEqual(command);
  });

  it('should leave browser shortcuts and unknown keys alone', () => {
    expect(commandOfKey({ key: 'a', ctrlKey: true })).toBeNull();
    expect(commandOfKey({ key: 'r', metaKey: true })).toBeNull();
    expect(commandOfKey({ key: 'E', shiftKey: true })).toBeNull();
    expect(commandOfKey({ key: 'q' })).toBeNull();
  });

  it('should keep the cursor inside the list when moving', () => {
    expect(moveCursor(0, -1, 5)).toBe(0);
    expect(moveCursor(4, 1, 5)).toBe(4);
    expect(moveCursor(2, 1, 5)).toBe(3);
    expect(moveCursor(0, 1, 0)).toBe(-1);
  });
});

describe('edit list filters', () => {
  it('should send no filter for the defaults', () => {
    expect(exceptionFilterOf(DEFAULT_FILTERS)).toEqual({});
  });

  it('should filter warnings of a code on a route, open or waiting for a re-check', () => {
    expect(
      exceptionFilterOf({ code: 'LOW', status: 'OPEN_WORK', severity: 'WARNING', routeCode: ' RT-07 ' }),
    ).toEqual({
      code: { eq: 'LOW' },
      status: { in: ['OPEN', 'RECHECK'] },
      blocking: { eq: false },
      routeCode: { startsWith: 'RT-07' },
    });
    expect(exceptionFilterOf({ ...DEFAULT_FILTERS, status: 'RESOLVED', severity: 'BLOCKING' })).toEqual({
      status: { eq: 'RESOLVED' },
      blocking: { eq: true },
    });
  });

  it('should show a HIGH exception figures in gallons, usage first', () => {
    const rows = figureRows({
      days: '30',
      threshold: '12000',
      usage: '30000',
      average: '5000',
      averageDaily: '166.67',
      excess: '25000',
    });
    expect(rows).toEqual([
      ['Usage', '30,000 gal'],
      ['Average for the period', '5,000 gal'],
      ['Average per day', '166.67 gal'],
      ['Threshold', '12,000 gal'],
      ['Excess', '25,000 gal'],
      ['Days', '30'],
    ]);
    expect(figureRows(null)).toEqual([]);
  });
});

describe('usage history for the chart', () => {
  const meter = { id: 'm1', dials: 4, multiplier: '1' };
  it('should take the last 13 bills, oldest first, with the usage as the server wrote it', () => {
    const bills = Array.from({ length: 15 }, (_, i) => ({
      periodEnd: `20${25 + Math.floor((i + 6) / 12)}-${String(((i + 6) % 12) + 1).padStart(2, '0')}-01`,
      usage: `${5000 + i}.000`,
    })).reverse();
    const bars = usageFromBills(bills);
    expect(bars).toHaveLength(13);
    expect(bars[0]).toMatchObject({ key: '2025-09-01', label: 'Sep 25', text: '5002', value: 5002 });
    expect(bars.at(-1)).toMatchObject({ key: '2026-09-01', text: '5014' });
  });

  it('should compute monthly usage from the last read of each month, across a rollover', () => {
    const reads = [
      { readOn: '2026-05-01', value: '9600.000000', meter },
      { readOn: '2026-05-15', value: '9700', meter }, // mid-month: the month's last read counts
      { readOn: '2026-06-01', value: '9850', meter },
      { readOn: '2026-07-01', value: '0100', meter }, // rolled over at 10^4
    ];
    expect(usageFromReads(reads).map(b => [b.label, b.value])).toEqual([
      ['Jun 26', 150],
      ['Jul 26', 250],
    ]);
  });

  it('should add up two meters of a change-out month and apply the multiplier', () => {
    const old = { id: 'old', dials: 6, multiplier: '10' };
    const fresh = { id: 'new', dials: 6, multiplier: '1' };
    const reads = [
      { readOn: '2026-05-01', value: '2500', meter: old },
      { readOn: '2026-06-15', value: '2700', meter: old },
      { readOn: '2026-06-15', value: '0', meter: fresh },
      { readOn: '2026-07-01', value: '2500', meter: fresh },
    ];
    expect(usageFromReads(reads).map(b => [b.label, b.value])).toEqual([
      ['Jun 26', 2000],
      ['Jul 26', 2500],
    ]);
  });

  it('should label months', () => {
    expect(monthLabel('2026-12-31')).toBe('Dec 26');
  });
});

describe('bill run console', () => {
  it('should show approve disabled to a clerk and enabled to a supervisor', () => {
    const clerk = runButtons(['calculate', 'approve', 'cancel'], ['CLERK'], 'CALCULATED');
    expect(clerk.map(b => [b.action, b.enabled])).toEqual([
      ['calculate', true],
      ['approve', false],
      ['cancel', true],
    ]);
    expect(clerk[1]!.reason).toBe('A supervisor approves bill runs');
    expect(runButtons(['approve'], ['SUPERVISOR'], 'CALCULATED')[0]).toMatchObject({ enabled: true });
  });

  it('should hide the internal finishing steps and disable everything while calculating', () => {
    const buttons = runButtons(['calculate', 'finishCalculation'], ['ADMIN'], 'CALCULATING');
    expect(buttons.map(b => b.action)).toEqual(['calculate']);
    expect(buttons[0]).toMatchObject({ enabled: false, reason: 'Wait for the calculation to finish' });
  });

  it('should describe progress with the rate and the time left', () => {
    expect(describeProgress({ done: 4200, total: 10000, rate: 2100.4, secondsLeft: 3 })).toEqual({
      percent: 42,
      text: '4,200 of 10,000 accounts · 2,100/s · 3 s left',
    });
    expect(describeProgress({ done: 12, total: 12, rate: 30, secondsLeft: 0 })).toEqual({
      percent: 100,
      text: '12 of 12 accounts · 30/s',
    });
    expect(describeProgress({ done: 0, total: 0, rate: 0, secondsLeft: null }).percent).toBe(0);
    expect(formatSeconds(65)).toBe('1 m 05 s');
  });
});

describe('counter and drawers', () => {
  it('should merge the matches of each search, each account once, in order', () => {
    const a = { id: '1' };
    const b = { id: '2' };
    const c = { id: '3' };
    expect(mergeAccountMatches([[a], [b, a], [c, b]])).toEqual([a, b, c]);
    expect(mergeAccountMatches([[a, b, c]], 2)).toEqual([a, b]);
  });

  it('should search from two characters, spaces tidied', () => {
    expect(searchTerm(' o ')).toBeNull();
    expect(searchTerm('  Procter   St ')).toBe('Procter St');
  });

  it.each([
    [
      { balanced: true, totalDifference: '0.00', countDifference: 0 },
      ['Balanced: the count matches the payments recorded'],
    ],
    [
      { balanced: false, totalDifference: '20.00', countDifference: 0 },
      ['Counted $20.00 less than the payments recorded'],
    ],
    [
      { balanced: false, totalDifference: '-5.5', countDifference: -1 },
      ['Counted $5.50 more than the payments recorded', 'Counted 1 payment more than recorded'],
    ],
    [
      { balanced: false, totalDifference: '0', countDifference: 2 },
      ['Counted 2 payments fewer than recorded'],
    ],
  ])('should describe the drawer against the count %j', (difference, lines) => {
    expect(describeDifference(difference)).toEqual(lines);
  });
});

describe('shared helpers', () => {
  it('should find the file routes beside the GraphQL endpoint', () => {
    expect(filesBaseOf('/graphql', 'http://127.0.0.1:4000/admin/#/bill-runs/7')).toBe(
      'http://127.0.0.1:4000',
    );
    expect(filesBaseOf('https://cis.example/api/graphql', 'https://host.example/app')).toBe(
      'https://cis.example/api',
    );
    expect(fileRoutes.billsPdf('', '7', 10)).toBe('/bill-runs/7/bills.pdf?sample=10');
    expect(fileRoutes.printCsv('http://h', '7')).toBe('http://h/bill-runs/7/print.csv');
  });

  it('should give local calendar dates and months before', () => {
    expect(todayLocal(new Date(2026, 6, 6, 23, 30))).toBe('2026-07-06');
    expect(monthsBefore('2026-07-05', 14)).toBe('2025-05-05');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
  });

  it('should drop only trailing decimal zeros from quantities', () => {
    expect(trimDecimal('1000')).toBe('1000');
    expect(trimDecimal('1000.000')).toBe('1000');
    expect(trimDecimal('748.050')).toBe('748.05');
    expect(formatQuantity('18400.000000')).toBe('18,400');
  });
});
