import { registerEnumType } from 'type-graphql';

export enum CustomerClass {
  RESIDENTIAL = 'RESIDENTIAL',
  COMMERCIAL = 'COMMERCIAL',
  INDUSTRIAL = 'INDUSTRIAL',
  INSTITUTIONAL = 'INSTITUTIONAL',
  MUNICIPAL = 'MUNICIPAL',
}
registerEnumType(CustomerClass, { name: 'CustomerClass', description: 'Decides deposits and some rates.' });
