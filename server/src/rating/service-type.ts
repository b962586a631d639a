import { registerEnumType } from 'type-graphql';

export enum ServiceType {
  WATER = 'WATER',
  SEWER = 'SEWER',
  IRRIGATION = 'IRRIGATION',
  SOLID_WASTE = 'SOLID_WASTE',
  STORMWATER = 'STORMWATER',
  OTHER = 'OTHER',
}
registerEnumType(ServiceType, { name: 'ServiceType' });

export enum VolumeUnit {
  GALLON = 'GALLON',
  KGAL = 'KGAL',
  CCF = 'CCF',
}
registerEnumType(VolumeUnit, { name: 'VolumeUnit', description: 'GALLON, KGAL (1,000 gallons) or CCF (100 cubic feet).' });
