import { registerEnumType } from 'type-graphql';

export enum RegisterUnit {
  GALLON = 'GALLON',
  CUBIC_FOOT = 'CUBIC_FOOT',
}
registerEnumType(RegisterUnit, { name: 'RegisterUnit', description: 'What one unit on the register counts (before the multiplier).' });

export enum MeterStatus {
  IN_STOCK = 'IN_STOCK',
  INSTALLED = 'INSTALLED',
  REMOVED = 'REMOVED',
  RETIRED = 'RETIRED',
}
registerEnumType(MeterStatus, { name: 'MeterStatus' });
