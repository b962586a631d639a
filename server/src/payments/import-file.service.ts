import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { PaymentImportFile } from './payment-import-file.entity.js';

export const importFileList: ListSpec<PaymentImportFile> = {
  entity: PaymentImportFile,
  filters: { format: 'format', fileName: 'fileName', importedAt: 'importedAt' },
  search: ['fileName'],
  orderBy: { IMPORTED_AT: 'importedAt' },
  defaultOrder: 'IMPORTED_AT',
};

export const listImportFiles = (em: EntityManager, args: ListArgs) => paginate(em, importFileList, args);
