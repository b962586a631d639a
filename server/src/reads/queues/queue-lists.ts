import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type ListArgs, type ListSpec } from '../../shared/orm/paginate.js';
import { ReadImport } from '../read-import.entity.js';
import { AmiAlert } from './ami-alert.entity.js';
import { ReadOrphan } from './read-orphan.entity.js';

export const readImportList: ListSpec<ReadImport> = {
  entity: ReadImport,
  filters: { id: 'id', format: 'format', fileName: 'fileName', importedAt: 'importedAt' },
  search: ['fileName'],
  orderBy: { IMPORTED_AT: 'importedAt', FILE_NAME: 'fileName' },
  defaultOrder: 'IMPORTED_AT',
};

export const orphanReadList: ListSpec<ReadOrphan> = {
  entity: ReadOrphan,
  filters: { id: 'id', status: 'status', reason: 'reason', readImportId: 'readImport', meterId: 'meter', endpointId: 'endpointId', meterSerial: 'meterSerial', readOn: 'readOn' },
  search: ['endpointId', 'meterSerial'],
  orderBy: { CREATED_AT: 'createdAt', READ_AT: 'readAt' },
  defaultOrder: 'CREATED_AT',
};

export const amiAlertList: ListSpec<AmiAlert> = {
  entity: AmiAlert,
  filters: { id: 'id', status: 'status', flag: 'flag', meterId: 'meter', accountId: 'account', premiseId: 'premise', readImportId: 'readImport', readOn: 'readOn' },
  orderBy: { CREATED_AT: 'createdAt', READ_ON: 'readOn' },
  defaultOrder: 'CREATED_AT',
};

export const listReadImports = (em: EntityManager, args: ListArgs) => paginate(em, readImportList, args);
export const listOrphanReads = (em: EntityManager, args: ListArgs) => paginate(em, orphanReadList, args);
export const listAmiAlerts = (em: EntityManager, args: ListArgs) => paginate(em, amiAlertList, args);

/** Ids are bigints: anything else is simply not found (never a database error). */
export const isId = (id: string) => /^\d{1,18}$/.test(id);
