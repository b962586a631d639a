import { allocateIds, one, type Db } from '../ledger/sql.js';
import type { Dec } from '../shared/money/index.js';
import type { LineError } from './parsers/types.js';
import type { ParsedPaymentFile } from './import-parse.js';
import type { PaymentImportResult } from './import.types.js';
import { BatchKind } from './payment-enums.js';

/** The file being imported and who imports it. */
export interface ImportedFile {
  readonly format: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly lineCount: number;
  readonly userId: string | null;
  readonly today: string;
}

export interface FileRow {
  readonly id: string;
  readonly batchId: string | null;
  /** Records the import with its counts (the hash makes the same file a duplicate from now on). */
  finish(result: PaymentImportResult): Promise<void>;
}

/**
 * Reserves the import record and, for payment files, creates the file's batch: posted at once,
 * because an imported file balances by construction (its parser checks the file's own count and
 * total, and the importer takes it whole or not at all). The batch's controls are the payments it
 * holds (`posted`): a re-sent file's lines already imported, and card refunds, are not in it.
 */
export async function insertImportFile(db: Db, file: ImportedFile, parsed: ParsedPaymentFile, posted?: { count: number; total: Dec }): Promise<FileRow> {
  const [id] = await allocateIds(db, 'payment_import_file_id_seq', 1);
  let batchId: string | null = null;
  if (parsed.kind !== BatchKind.ACH) {
    const method = parsed.kind === BatchKind.LOCKBOX ? 'LOCKBOX' : 'CARD';
    const batch = await one<{ id: string }>(db, `insert into payment_batch (kind, status, name, methods, business_date, control_count, control_total, deposit_total, opened_by, posted_by, posted_at)
      values ($1, 'POSTED', $2, $3, $4, $5, $6, $7, $8, $8, now()) returning id::text`,
      [parsed.kind, file.fileName, [method], parsed.batchDate ?? file.today, posted?.count ?? parsed.controlCount,
        posted ? posted.total.toFixed(2) : (parsed.fileTotalFromHeaderOrTrailer ?? parsed.controlTotal), parsed.depositTotal, file.userId]);
    batchId = batch!.id;
  }
  return {
    id: id!,
    batchId,
    async finish(result) {
      await one(db, `insert into payment_import_file (id, format, file_name, sha256, line_count, imported, duplicates, reversed, suspense, total, batch_id, imported_by)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [id, file.format, file.fileName, file.sha256, file.lineCount, result.imported, result.duplicates, result.reversed, result.suspense, result.total, batchId, file.userId]);
    },
  };
}

type Counts = Partial<Omit<PaymentImportResult, 'fileId' | 'batchId' | 'warnings'>> & { warnings?: readonly LineError[] };

export function resultOf(file: Pick<FileRow, 'id' | 'batchId'> | null, counts: Counts): PaymentImportResult {
  return {
    fileId: file?.id ?? null,
    batchId: file?.batchId ?? null,
    imported: counts.imported ?? 0,
    duplicates: counts.duplicates ?? 0,
    reversed: counts.reversed ?? 0,
    suspense: counts.suspense ?? 0,
    notices: counts.notices ?? 0,
    unmatched: counts.unmatched ?? 0,
    skipped: counts.skipped ?? 0,
    total: counts.total ?? '0.00',
    warnings: (counts.warnings ?? []).map(w => ({ line: w.line, message: w.message })),
  };
}
