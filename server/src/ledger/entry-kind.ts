import { registerEnumType } from 'type-graphql';

export enum EntryKind {
  CHARGE = 'CHARGE',
  PAYMENT = 'PAYMENT',
  ADJUSTMENT = 'ADJUSTMENT',
  PENALTY = 'PENALTY',
  DEPOSIT_APPLIED = 'DEPOSIT_APPLIED',
  REFUND = 'REFUND',
  TRANSFER = 'TRANSFER',
  REVERSAL = 'REVERSAL',
}
registerEnumType(EntryKind, { name: 'EntryKind', description: 'Kinds of ledger entries; positive amounts increase what the customer owes.' });
