export * from './types.js';
export { balance, balancesByAccount } from './balance.js';
export { postedOnOrBefore, postedBetween } from './as-of.js';
export { reverse, type ReverseParams } from './reverse.js';
export { transferEntries, type TransferParams } from './transfer.js';
export { applyCredits, dueDateOf, type CreditApplication, type OpenItem } from './apply-credits.js';
export { agingBuckets, agingBucketOf, type AgingBuckets } from './aging.js';
export {
  defaultGlAccountMap,
  glPairFor,
  NORMAL_SIGN,
  type GlAccountMap,
  type GlByService,
  type GlPair,
} from './gl-account-map.js';
export { glLines, type GlLine } from './gl-lines.js';
export { glJournal, assertBalanced, type GlJournalLine } from './gl-journal.js';
export { glJournalCsv, GL_JOURNAL_CSV_HEADER } from './gl-journal-csv.js';
export { springbrookJournal, springbrookSegments } from './springbrook-journal.js';
export { rollForward, type RollForward, type RollForwardInput } from './roll-forward.js';
export { finalBillDeposit, type FinalBillDepositInput, type FinalBillDepositResult } from './deposit.js';
