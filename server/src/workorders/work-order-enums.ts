import { registerEnumType } from 'type-graphql';

export enum WorkOrderType {
  TURN_ON = 'TURN_ON',
  TURN_OFF = 'TURN_OFF',
  TRANSFER = 'TRANSFER',
  METER_CHANGE = 'METER_CHANGE',
  RE_READ = 'RE_READ',
  LEAK_CHECK = 'LEAK_CHECK',
  DISCONNECT = 'DISCONNECT',
  RECONNECT = 'RECONNECT',
  TAP_INSTALL = 'TAP_INSTALL',
  ACCESS = 'ACCESS',
  INVESTIGATE = 'INVESTIGATE',
}
registerEnumType(WorkOrderType, { name: 'WorkOrderType' });

export enum WorkOrderStatus {
  OPEN = 'OPEN',
  DISPATCHED = 'DISPATCHED',
  COMPLETED = 'COMPLETED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WorkOrderStatus, { name: 'WorkOrderStatus' });
