/** Pure parsers of payment and bank files (docs/file-layouts.md). */
export * from './types.js';
export {
  parseLockboxCsv,
  type LockboxCsvOptions,
  type LockboxCsvResult,
  type LockboxFileHeader,
} from './lockbox-csv.js';
export { parseLockboxFixed, type LockboxFixedOptions, type LockboxFixedResult } from './lockbox-fixed.js';
export {
  parseCardSettlementCsv,
  containsCardNumber,
  type CardSettlementOptions,
  type CardSettlementResult,
} from './card-settlement-csv.js';
export {
  parseNachaReturn,
  abaCheckDigit,
  type NachaFileControl,
  type NachaOptions,
  type NachaReturnResult,
} from './nacha-return.js';
export {
  parseBai2,
  type Bai2Account,
  type Bai2File,
  type Bai2FundsType,
  type Bai2Group,
  type Bai2Options,
  type Bai2ParseResult,
  type Bai2Summary,
  type Bai2Transaction,
} from './bai2.js';
export { currencyDecimals, directionOf, isStandardTypeCode, type Bai2Direction } from './bai2-codes.js';
