/** One bar of a usage chart: gallons (or register units) for a period ending in a month. */
export interface UsageBar {
  /** Sort and React key: the period end, "2026-07-01". */
  readonly key: string;
  /** "Jul 26" */
  readonly label: string;
  /** The height; a display value only, never used for money. */
  readonly value: number;
  /** The usage as the server wrote it ("6000", "748.05"). */
  readonly text: string;
  readonly highlight?: boolean;
}

export interface BillUsage {
  readonly periodEnd: string;
  readonly usage: string;
}

export interface ReadPoint {
  readonly readOn: string;
  readonly value: string;
  readonly meter: { readonly id: string; readonly dials: number; readonly multiplier: string };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-07-01" → "Jul 26" */
export function monthLabel(date: string): string {
  const [year = '', month = '1'] = date.split('-');
  return `${MONTHS[Number(month) - 1] ?? month} ${year.slice(2)}`;
}

const trimDecimal = (text: string) =>
  text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;

/** The last `months` bills as bars, oldest first (the usage is the server's, in gallons). */
export function usageFromBills(bills: readonly BillUsage[], months = 13): UsageBar[] {
  return [...bills]
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
    .slice(-months)
    .map(b => ({
      key: b.periodEnd,
      label: monthLabel(b.periodEnd),
      value: Number(b.usage),
      text: trimDecimal(b.usage),
    }));
}

/**
 * Monthly usage from register reads, for accounts without bills yet (the edit list of a first
 * cycle): per meter, the last read of each month; the difference from the month before (plus
 * 10^dials when the register rolled over) times the multiplier; meters of one month (a change-out)
 * add up. Oldest first, the last `months`. A display figure; a bill's usage is the server's.
 */
export function usageFromReads(reads: readonly ReadPoint[], months = 13): UsageBar[] {
  const monthEnds = new Map<string, ReadPoint>(); // meter + month → its last read
  for (const read of [...reads].sort((a, b) => a.readOn.localeCompare(b.readOn))) {
    monthEnds.set(`${read.meter.id}|${read.readOn.slice(0, 7)}`, read);
  }
  const previous = new Map<string, ReadPoint>();
  const byMonth = new Map<string, { key: string; value: number }>();
  for (const read of [...monthEnds.values()].sort((a, b) => a.readOn.localeCompare(b.readOn))) {
    const before = previous.get(read.meter.id);
    previous.set(read.meter.id, read);
    if (!before) continue;
    let registers = Number(read.value) - Number(before.value);
    if (registers < 0) registers += 10 ** read.meter.dials;
    const month = read.readOn.slice(0, 7);
    const bar = byMonth.get(month) ?? { key: read.readOn, value: 0 };
    bar.value += registers * Number(read.meter.multiplier);
    byMonth.set(month, bar);
  }
  return [...byMonth.values()].slice(-months).map(({ key, value }) => {
    const rounded = Math.round(value * 100) / 100;
    return { key, label: monthLabel(key), value: rounded, text: String(rounded) };
  });
}
