import { registerEnumType } from 'type-graphql';

export enum PaymentMethod {
  CASH = 'CASH',
  CHECK = 'CHECK',
  CARD = 'CARD',
  ACH = 'ACH',
  LOCKBOX = 'LOCKBOX',
  PORTAL = 'PORTAL',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod', description: 'How a payment came in (billing-rules.md "Payments").' });

export enum PaymentStatus {
  POSTED = 'POSTED',
  SUSPENSE = 'SUSPENSE',
  REVERSED = 'REVERSED',
}
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  valuesConfig: {
    POSTED: { description: 'On an account: a PAYMENT ledger entry credits it (also after being applied from suspense).' },
    SUSPENSE: { description: 'Received but not matched to an account: no ledger entry until applied.' },
    REVERSED: { description: 'Returned or corrected: a REVERSAL entry undid it.' },
  },
});

export enum BatchKind {
  DRAWER = 'DRAWER',
  LOCKBOX = 'LOCKBOX',
  CARD_SETTLEMENT = 'CARD_SETTLEMENT',
  ACH = 'ACH',
}
registerEnumType(BatchKind, { name: 'PaymentBatchKind', description: 'A cash drawer, or the batch of one imported file.' });

export enum BatchStatus {
  OPEN = 'OPEN',
  POSTED = 'POSTED',
}
registerEnumType(BatchStatus, {
  name: 'PaymentBatchStatus',
  valuesConfig: {
    OPEN: { description: 'Taking payments; not yet balanced.' },
    POSTED: { description: 'Balanced against its control count and total and closed: ready for the bank deposit.' },
  },
});
