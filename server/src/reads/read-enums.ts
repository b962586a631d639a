import { registerEnumType } from 'type-graphql';

export enum MeterReadSource {
  AMI = 'AMI',
  HANDHELD = 'HANDHELD',
  MANUAL = 'MANUAL',
  CUSTOMER = 'CUSTOMER',
  FIELD = 'FIELD',
  ESTIMATE = 'ESTIMATE',
}
registerEnumType(MeterReadSource, {
  name: 'MeterReadSource',
  valuesConfig: { ESTIMATE: { description: 'Estimated by the billing office (marked ESTIMATED on the bill).' } },
});

export enum ReadPurpose {
  CYCLE = 'CYCLE',
  INSTALL = 'INSTALL',
  REMOVAL = 'REMOVAL',
  CHECK = 'CHECK',
}
registerEnumType(ReadPurpose, {
  name: 'ReadPurpose',
  valuesConfig: {
    INSTALL: { description: 'The register reading when the meter was set.' },
    REMOVAL: { description: 'The register reading when the meter was taken out.' },
    CHECK: { description: 'A re-read or check read ordered by the office.' },
  },
});

export enum MeterReadStatus {
  VALID = 'VALID',
  CORRECTED = 'CORRECTED',
}
registerEnumType(MeterReadStatus, { name: 'MeterReadStatus', description: 'CORRECTED reads were replaced by a correction and are kept as history.' });
