import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123181000_meter_read_bulk } from './Migration20261123181000_meter_read_bulk.js';
import { Migration20261123201000_audit_more } from './Migration20261123201000_audit_more.js';
import { Migration20261123202000_orphan_meter_changed } from './Migration20261123202000_orphan_meter_changed.js';
import { Migration20261123175100_meter_read_brin } from './Migration20261123175100_meter_read_brin.js';
import { Migration20261123174650_utility_letterhead } from './Migration20261123174650_utility_letterhead.js';
import { Migration20261123173500_bulk_tables } from './Migration20261123173500_bulk_tables.js';
import { Migration20261123165500_json_documents } from './Migration20261123165500_json_documents.js';
import { Migration20261123162919_payment_indexes } from './Migration20261123162919_payment_indexes.js';
import { Migration20261123162129_read_imports } from './Migration20261123162129_read_imports.js';
import { Migration20261123160439_rebill } from './Migration20261123160439_rebill.js';
import { Migration20261123160030_receivables } from './Migration20261123160030_receivables.js';
import { Migration20261123155749_edit_list } from './Migration20261123155749_edit_list.js';
import { Migration20261123154358_initial } from './Migration20261123154358_initial.js';
import { Migration20261123154500_integrity } from './Migration20261123154500_integrity.js';
import { Migration20261123155130_billing } from './Migration20261123155130_billing.js';

/** Every migration, oldest first (tests check that each file in this folder is listed). */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123154358_initial', class: Migration20261123154358_initial },
  { name: 'Migration20261123154500_integrity', class: Migration20261123154500_integrity },
  { name: 'Migration20261123155130_billing', class: Migration20261123155130_billing },
  { name: 'Migration20261123155749_edit_list', class: Migration20261123155749_edit_list },
  { name: 'Migration20261123160030_receivables', class: Migration20261123160030_receivables },
  { name: 'Migration20261123160439_rebill', class: Migration20261123160439_rebill },
  { name: 'Migration20261123162129_read_imports', class: Migration20261123162129_read_imports },
  { name: 'Migration20261123162919_payment_indexes', class: Migration20261123162919_payment_indexes },
  { name: 'Migration20261123165500_json_documents', class: Migration20261123165500_json_documents },
  { name: 'Migration20261123173500_bulk_tables', class: Migration20261123173500_bulk_tables },
  { name: 'Migration20261123174650_utility_letterhead', class: Migration20261123174650_utility_letterhead },
  { name: 'Migration20261123175100_meter_read_brin', class: Migration20261123175100_meter_read_brin },
  { name: 'Migration20261123181000_meter_read_bulk', class: Migration20261123181000_meter_read_bulk },
  { name: 'Migration20261123201000_audit_more', class: Migration20261123201000_audit_more },
  { name: 'Migration20261123202000_orphan_meter_changed', class: Migration20261123202000_orphan_meter_changed },
];
