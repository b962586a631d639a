import { registerEnumType } from 'type-graphql';

export enum AccountStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  FINAL = 'FINAL',
  CLOSED = 'CLOSED',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting for a turn-on read (a TURN_ON work order is open).' },
    ACTIVE: { description: 'In service and billed every cycle.' },
    FINAL: { description: 'Service stopped and final-billed; closes when the balance is zero.' },
    CLOSED: { description: 'Stopped, final-billed and settled.' },
  },
});
