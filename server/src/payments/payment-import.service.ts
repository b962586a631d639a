import { createHash } from 'node:crypto';
import type { AppServices } from '../context.js';
import { lockKeys, one } from '../ledger/sql.js';
import { withTransaction } from '../shared/db/transaction.js';
import { BadFile } from '../shared/graphql/errors.js';
import { ImportFormat, type FileImportInput } from '../shared/graphql/file-import.js';
import { importAchReturns } from './import-ach-returns.js';
import { resultOf } from './import-file.js';
import { emptyFileProblem, parsePaymentFile } from './import-parse.js';
import { importPaymentLines } from './import-payment-lines.js';
import type { PaymentImportResult } from './import.types.js';

/**
 * importPayments (api-contract.md "File imports"): a file is taken whole or not at all. Every line
 * at fault is reported (BAD_USER_INPUT with extensions.lines) and nothing is written. The same file
 * again (same SHA-256) imports nothing and says so in `duplicates`; lines imported before by another
 * file are skipped by their natural key. One transaction, set-based inserts.
 */
export async function importPayments(app: Pick<AppServices, 'pool' | 'clock'>, input: FileImportInput, userId: string | null): Promise<PaymentImportResult> {
  const parsed = parsePaymentFile(input.format, input.content);
  const problems = parsed.errors.length ? parsed.errors : emptyFileProblem(parsed);
  if (problems.length) throw new BadFile(input.fileName, problems);
  const sha256 = createHash('sha256').update(input.content, 'utf8').digest('hex');
  const file = { format: input.format, fileName: input.fileName, sha256, lineCount: parsed.lineCount, userId, today: app.clock.today() };
  for (let attempt = 1; ; attempt++) {
    try {
      return await withTransaction(app.pool, async client => {
        await lockKeys(client, [`payment-file:${sha256}`]);
        if (await one(client, 'select 1 from payment_import_file where sha256 = $1', [sha256])) return resultOf(null, { duplicates: parsed.records.length });
        return input.format === ImportFormat.NACHA_RETURN ? importAchReturns(client, file, parsed) : importPaymentLines(client, file, parsed);
      });
    } catch (error) {
      // Two different files sharing lines, imported at the same moment: the second sees the first's lines on retry.
      const constraint = (error as { constraint?: string }).constraint ?? '';
      if (attempt < 2 && /natural_key/.test(constraint)) continue;
      throw error;
    }
  }
}
