import { registerEnumType } from 'type-graphql';

export enum AdjustmentStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  POSTED = 'POSTED',
  REJECTED = 'REJECTED',
}
registerEnumType(AdjustmentStatus, {
  name: 'AdjustmentStatus',
  valuesConfig: {
    PENDING_APPROVAL: { description: 'Above the approval limit: waits for a supervisor other than its author.' },
    POSTED: { description: 'Its ADJUSTMENT entry is on the ledger.' },
    REJECTED: { description: 'Refused by a supervisor; nothing posted.' },
  },
});
