import { dec } from '../../shared/money/index.js';
import type { AccountReadFacts, MeterFact } from '../core/account-period.js';
import type { RegisterUnit } from '../../reads/core/types.js';
import { F } from './facts-query.js';

type Row = (string | null)[];

function meter(row: Row, id: number, serial: number, dials: number, multiplier: number, unit: number): MeterFact | null {
  if (row[id] === null) return null;
  return { meterId: row[id]!, serialNumber: row[serial]!, dials: Number(row[dials]), multiplier: dec(row[multiplier]!), registerUnit: row[unit] as RegisterUnit };
}

/** One row of factsQuery as the pure core's AccountReadFacts (COPY text → decimals and dates). */
export function readFacts(row: Row, windowEnd: string): AccountReadFacts {
  const current = meter(row, F.meterId, F.serial, F.dials, F.multiplier, F.registerUnit);
  const previousMeter = meter(row, F.prevMeterId, F.prevSerial, F.prevDials, F.prevMultiplier, F.prevUnit);
  const history = row[F.history] ? (JSON.parse(row[F.history]!) as [string | number, string][]) : [];
  return {
    startDate: row[F.startDate]!,
    hasPreviousBill: row[F.hasPreviousBill] === 't',
    windowEnd,
    meter: current,
    previous: row[F.prevId] && previousMeter
      ? { id: row[F.prevId]!, value: dec(row[F.prevValue]!), readOn: row[F.prevOn]!, estimated: false, meter: previousMeter }
      : null,
    current: row[F.curId] ? { id: row[F.curId]!, value: dec(row[F.curValue]!), readOn: row[F.curOn]!, estimated: row[F.curEstimated] === 't' } : null,
    changeOut: row[F.removalId] && row[F.installId]
      ? {
          removal: { id: row[F.removalId]!, value: dec(row[F.removalValue]!), readOn: row[F.removedOn]!, estimated: false },
          install: { id: row[F.installId]!, value: dec(row[F.installValue]!), readOn: row[F.installedOn]!, estimated: false },
        }
      : null,
    history: history.map(([value, readOn]) => ({ value: dec(String(value)), readOn })),
  };
}

export const flagsOf = (row: Row): string[] => (row[F.flags] ? row[F.flags]!.split(',') : []);
