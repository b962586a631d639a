import { dec } from '../../shared/money/index.js';
import type { MeterFact } from '../core/account-period.js';
import type { RawRead } from '../core/period-reads.js';
import type { RegisterUnit } from '../../reads/core/types.js';
import { A, R } from './facts-query.js';

type Row = (string | null)[];

const multipliers = new Map<string, ReturnType<typeof dec>>();
const multiplierOf = (text: string) => multipliers.get(text) ?? (multipliers.set(text, dec(text)), multipliers.get(text)!);

function meter(row: Row, id: number, serial: number, dials: number, multiplier: number, unit: number): MeterFact | null {
  if (row[id] === null) return null;
  return { meterId: row[id]!, serialNumber: row[serial]!, dials: Number(row[dials]), multiplier: multiplierOf(row[multiplier]!), registerUnit: row[unit] as RegisterUnit };
}

export const currentMeter = (row: Row) => meter(row, A.meterId, A.serial, A.dials, A.multiplier, A.registerUnit);
export const oldMeter = (row: Row) => meter(row, A.oldMeterId, A.oldSerial, A.oldDials, A.oldMultiplier, A.oldRegisterUnit);

const NO_FLAGS: readonly string[] = Object.freeze([]);

/** A row of readsQuery as a RawRead. */
export function rawRead(row: Row): RawRead {
  return {
    meterId: row[R.meterId]!, id: row[R.id]!, value: row[R.value]!, readOn: row[R.readOn]!, readAt: Number(row[R.readAt]),
    purpose: row[R.purpose]!, estimated: row[R.estimated] === 't', flags: row[R.flags] ? row[R.flags]!.split(',') : NO_FLAGS,
  };
}

/** The read the account's last bill ended on, from the accounts row. */
export function lastBillEndRead(row: Row): RawRead | null {
  if (row[A.lastReadId] === null) return null;
  return {
    id: row[A.lastReadId]!, meterId: row[A.lastReadMeter]!, value: row[A.lastReadValue]!, readOn: row[A.lastReadOn]!,
    readAt: Number(row[A.lastReadAt]), purpose: row[A.lastReadPurpose]!, estimated: row[A.lastReadEstimated] === 't', flags: NO_FLAGS,
  };
}
