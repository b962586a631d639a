import { registerEnumType } from 'type-graphql';

export enum BillRunStatus {
  DRAFT = 'DRAFT',
  EDITS = 'EDITS',
  CALCULATING = 'CALCULATING',
  CALCULATED = 'CALCULATED',
  APPROVED = 'APPROVED',
  POSTING = 'POSTING',
  POSTED = 'POSTED',
  EXPORTED = 'EXPORTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BillRunStatus, { name: 'BillRunStatus' });

export enum BillRunKind {
  CYCLE = 'CYCLE',
  OFF_CYCLE = 'OFF_CYCLE',
  FINAL = 'FINAL',
  REBILL = 'REBILL',
}
registerEnumType(BillRunKind, { name: 'BillRunKind', description: 'A cycle run, or a single-account run (off-cycle, final, rebill).' });

export enum BillKind {
  REGULAR = 'REGULAR',
  MOVE_IN = 'MOVE_IN',
  FINAL = 'FINAL',
  OFF_CYCLE = 'OFF_CYCLE',
  REBILL = 'REBILL',
}
registerEnumType(BillKind, { name: 'BillKind' });

export enum BillStatus {
  DRAFT = 'DRAFT',
  POSTED = 'POSTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BillStatus, {
  name: 'BillStatus',
  valuesConfig: {
    DRAFT: { description: 'Calculated in a run not yet posted; may still be recalculated.' },
    POSTED: { description: 'Charged to the ledger; never edited (a correction is a cancel-and-rebill).' },
    CANCELLED: { description: 'Reversed by a cancel-and-rebill.' },
  },
});

export enum RunDisposition {
  BILLABLE = 'BILLABLE',
  HELD = 'HELD',
  BLOCKED = 'BLOCKED',
}
registerEnumType(RunDisposition, { name: 'RunDisposition', description: 'Whether an account in a run gets a bill, and if not why.' });

export enum ExceptionStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  RECHECK = 'RECHECK',
}
registerEnumType(ExceptionStatus, {
  name: 'ExceptionStatus',
  valuesConfig: { RECHECK: { description: 'The read was corrected or re-read ordered; the checks run again when it arrives.' } },
});
