import { registerEnumType } from 'type-graphql';

export enum ReadImportStatus {
  IMPORTED = 'IMPORTED',
}
registerEnumType(ReadImportStatus, {
  name: 'ReadImportStatus',
  description: 'A rejected file writes nothing (not even this row), so every recorded import is IMPORTED.',
});

/** Why a read of a file could not be recorded on a meter and waits for a clerk. */
export enum OrphanReason {
  UNKNOWN_METER = 'UNKNOWN_METER',
  METER_MISMATCH = 'METER_MISMATCH',
  NOT_INSTALLED = 'NOT_INSTALLED',
  CONFLICT = 'CONFLICT',
  METER_CHANGED = 'METER_CHANGED',
}
registerEnumType(OrphanReason, {
  name: 'OrphanReason',
  valuesConfig: {
    UNKNOWN_METER: { description: 'No meter has this AMI endpoint or serial number.' },
    METER_CHANGED: { description: 'The reader found another meter (number, dials or decimals changed): the reading is not of the listed meter.' },
    METER_MISMATCH: { description: 'The endpoint is on one meter and the serial number names another.' },
    NOT_INSTALLED: { description: 'The meter was not installed on the read date.' },
    CONFLICT: { description: 'The meter already has a different valid read at that instant.' },
  },
});

export enum OrphanStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(OrphanStatus, { name: 'OrphanStatus' });

/** Read flags that put a read in the AMI alert queue (file-formats.md §4.6). */
export const ALERT_FLAGS = ['LEAK', 'REVERSE_FLOW', 'TAMPER', 'NO_READ', 'NO_FLOW'] as const;

export enum AmiAlertFlag {
  LEAK = 'LEAK',
  REVERSE_FLOW = 'REVERSE_FLOW',
  TAMPER = 'TAMPER',
  NO_READ = 'NO_READ',
  NO_FLOW = 'NO_FLOW',
}
registerEnumType(AmiAlertFlag, { name: 'AmiAlertFlag' });

export enum AmiAlertStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  WORK_ORDER = 'WORK_ORDER',
}
registerEnumType(AmiAlertStatus, {
  name: 'AmiAlertStatus',
  valuesConfig: { WORK_ORDER: { description: 'A LEAK_CHECK or INVESTIGATE work order was issued for it.' } },
});
