import { registerEnumType } from 'type-graphql';

export enum DepositStatus {
  HELD = 'HELD',
  APPLIED = 'APPLIED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(DepositStatus, { name: 'DepositStatus' });
