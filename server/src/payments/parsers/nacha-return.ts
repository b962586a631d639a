/**
 * NACHA_RETURN: reads an ACH file (records 1, 5, 6, 7, 8, 9 and 9-filler blocks; file-formats.md
 * §2) and returns its returns (entries with an addenda 99) and notifications of change (entries
 * with an addenda 98). Forward entries (a PPD debit file, say) are counted, not returned.
 *
 * Checks every batch control (entry/addenda count, entry hash = 10 low-order digits of the sum of
 * the 8-digit RDFI ids, debit and credit totals, service class, batch number) and the file control
 * (batch count, block count, entry/addenda count, hash, totals). Records are 94 characters;
 * trailing blanks may be stripped, as banks do (samples/README), but never past a field the record
 * needs. Amounts are cents; returned amounts become money text.
 */
import { dec, moneyText, type Dec } from '../../shared/money/index.js';
import { LineErrors, MAX_ERRORS } from '../../reads/parsers/line-errors.js';
import {
  isBlank,
  isDigits,
  nonAsciiCharacter,
  show,
  splitLines,
  yymmddToIso,
  isValidHhmm,
} from '../../reads/parsers/text.js';
import { centsToMoney, paymentResult } from './amounts.js';
import type { LineError, PaymentParseResult, PaymentRecord } from './types.js';

export interface NachaOptions {
  readonly maxErrors?: number;
}

export interface NachaFileControl {
  readonly batchCount: number;
  readonly blockCount: number;
  readonly entryAddendaCount: number;
  readonly entryHash: string;
  readonly totalDebit: string;
  readonly totalCredit: string;
}

export interface NachaReturnResult extends PaymentParseResult {
  readonly fileCreationDate: string | null;
  readonly immediateOrigin: string | null;
  readonly immediateDestination: string | null;
  readonly returnCount: number;
  readonly nocCount: number;
  /** Entries without a return or NOC addenda (forward entries, prenotes). */
  readonly forwardEntryCount: number;
  readonly fileControl: NachaFileControl | null;
}

/** Return reason codes of moov-io/ach docs/returns.md (file-formats.md §2.6). */
const RETURN_REASONS: Readonly<Record<string, string>> = {
  R01: 'Insufficient funds',
  R02: 'Account closed',
  R03: 'No account / unable to locate account',
  R04: 'Invalid account number',
  R05: 'Unauthorized debit to consumer account using corporate SEC code',
  R06: "Returned per ODFI's request",
  R07: 'Authorization revoked by customer',
  R08: 'Payment stopped',
  R09: 'Uncollected funds',
  R10: 'Customer advises originator not known / not authorized',
  R11: 'Entry not in accordance with the terms of the authorization',
  R12: 'Branch sold to another DFI',
  R13: 'RDFI not qualified to participate',
  R14: 'Representative payee deceased',
  R15: 'Beneficiary or account holder deceased',
  R16: 'Account frozen',
  R17: 'File record edit criteria',
  R18: 'Improper effective entry date',
  R19: 'Amount field error',
  R20: 'Non-transaction account',
  R21: 'Invalid company identification',
  R22: 'Invalid individual ID number',
  R23: 'Credit entry refused by receiver',
  R24: 'Duplicate entry',
  R25: 'Addenda error',
  R26: 'Mandatory field error',
  R27: 'Trace number error',
  R28: 'Routing number check digit error',
  R29: 'Corporate customer advises not authorized',
};

/** Positions a record needs, by type; anything after may be stripped trailing blanks. */
const MIN_LENGTH: Readonly<Record<string, number>> = { '1': 40, '5': 94, '6': 94, '7': 94, '8': 94, '9': 55 };
const FILLER = '9'.repeat(94);

interface Entry {
  readonly line: number;
  readonly transactionCode: string;
  readonly rdfi: string;
  readonly amountCents: string;
  readonly individualId: string;
  readonly individualName: string;
  readonly addendaIndicator: string;
  readonly trace: string;
  addenda: number;
  kind: 'RETURN' | 'NOC' | null;
}

interface Batch {
  readonly line: number;
  readonly serviceClass: string;
  readonly companyId: string;
  readonly secCode: string;
  readonly batchNumber: string;
  entries: number;
  addenda: number;
  hash: bigint;
  debit: Dec;
  credit: Dec;
  /** A record of the batch could not be read whole: its hash and totals cannot be checked. */
  tainted: boolean;
}

export function parseNachaReturn(text: string, options: NachaOptions = {}): NachaReturnResult {
  const errors = new LineErrors(options.maxErrors ?? MAX_ERRORS);
  const p = new NachaParser(errors);
  const lines = splitLines(text);
  let last = lines.length;
  while (last > 0 && isBlank(lines[last - 1]!.text)) last -= 1;
  for (let i = 0; i < last; i += 1) p.line(lines[i]!.text, lines[i]!.line);
  p.finish(last === 0 ? 1 : lines[last - 1]!.line);
  const result = paymentResult(p.records, errors, p.warnings, {
    batchDate: p.fileCreationDate,
    lineCount: lines.length,
    fileTotal:
      p.fileControl === null
        ? null
        : moneyText(dec(p.fileControl.totalDebit).plus(dec(p.fileControl.totalCredit))),
  });
  return {
    ...result,
    fileCreationDate: p.fileCreationDate,
    immediateOrigin: p.immediateOrigin,
    immediateDestination: p.immediateDestination,
    returnCount: p.records.filter(r => r.kind === 'RETURN').length,
    nocCount: p.records.filter(r => r.kind === 'NOC').length,
    forwardEntryCount: p.forwardEntries,
    fileControl: p.fileControl,
  };
}

class NachaParser {
  readonly records: PaymentRecord[] = [];
  readonly warnings: LineError[] = [];
  fileCreationDate: string | null = null;
  immediateOrigin: string | null = null;
  immediateDestination: string | null = null;
  fileControl: NachaFileControl | null = null;
  forwardEntries = 0;
  private sawHeader = false;
  private batch: Batch | null = null;
  private entry: Entry | null = null;
  private records94 = 0;
  private batches = 0;
  private fileEntries = 0;
  private fileHash = 0n;
  private fileDebit = dec(0);
  private fileCredit = dec(0);
  private fileTainted = false;
  private closed = false;
  private fillerStarted = false;
  private reportedOrphan = false;

  constructor(private readonly errors: LineErrors) {}

  private fail(line: number, message: string): void {
    this.errors.add(line, message);
  }

  line(raw: string, n: number): void {
    // A bad character is reported; the record still counts for the controls (no cascade).
    const bad = nonAsciiCharacter(raw);
    if (bad !== null) this.fail(n, bad);
    if (isBlank(raw)) {
      this.fail(n, 'blank line inside the ACH file');
      return;
    }
    if (raw === FILLER) {
      if (!this.closed) this.fail(n, 'filler record (all 9s) before the file control record');
      this.fillerStarted = true;
      return;
    }
    const type = raw[0]!;
    const min = MIN_LENGTH[type];
    if (min === undefined) {
      this.fail(n, `unknown record type ${show(type)} (1, 5, 6, 7, 8, 9)`);
      return;
    }
    // A record of the wrong length is reported and still read (cut or padded to 94) so that the
    // structure holds; its batch's hash and totals are then not checked (they cannot be right).
    const badLength = raw.length > 94 || raw.length < min;
    if (badLength) {
      this.fail(
        n,
        `record is ${raw.length} characters; ACH records are 94 (trailing blanks may be omitted, not other characters)`,
      );
      if (this.batch !== null) this.batch.tainted = true;
      else this.fileTainted = true;
    }
    const r = raw.slice(0, 94).padEnd(94, ' ');
    if (this.closed) {
      this.fail(
        n,
        this.fillerStarted
          ? 'record among the filler records after the file control'
          : 'record after the file control record',
      );
      return;
    }
    if (!this.sawHeader && type !== '1') {
      if (!this.reportedOrphan)
        this.fail(n, `the file must start with a file header (type 1), found type ${type}`);
      this.reportedOrphan = true;
    }
    this.records94 += 1;
    switch (type) {
      case '1':
        return this.fileHeader(r, n);
      case '5':
        return this.batchHeader(r, n);
      case '6':
        return this.entryDetail(r, n);
      case '7':
        return this.addenda(r, n);
      case '8':
        return this.batchControl(r, n);
      default:
        return this.fileControlRecord(r, n);
    }
  }

  finish(lastLine: number): void {
    if (!this.sawHeader && !this.reportedOrphan)
      this.fail(1, 'the file is empty: a file header (type 1) is required');
    this.closeEntry();
    if (this.batch !== null)
      this.fail(
        lastLine,
        `batch ${this.batch.batchNumber} (line ${this.batch.line}) has no batch control (type 8): truncated file?`,
      );
    if (this.sawHeader && !this.closed)
      this.fail(lastLine, 'the file ends without its file control record (type 9): truncated file?');
  }

  private fileHeader(r: string, n: number): void {
    if (this.sawHeader) {
      this.fail(n, 'second file header (type 1)');
      return;
    }
    this.sawHeader = true;
    if (!isDigits(f(r, 2, 3))) this.fail(n, `priority code ${show(f(r, 2, 3))} is not numeric`);
    this.immediateDestination = f(r, 4, 13).trim();
    this.immediateOrigin = f(r, 14, 23).trim();
    this.fileCreationDate = yymmddToIso(f(r, 24, 29));
    if (this.fileCreationDate === null)
      this.fail(n, `file creation date (24–29) ${show(f(r, 24, 29))} is not a date YYMMDD`);
    const time = f(r, 30, 33);
    if (time.trim().length > 0 && !isValidHhmm(time))
      this.fail(n, `file creation time (30–33) ${show(time)} is not HHMM`);
    if (!/^[A-Z0-9]$/.test(f(r, 34, 34)))
      this.fail(n, `file ID modifier (34) ${show(f(r, 34, 34))} is not A–Z or 0–9`);
    if (f(r, 35, 37) !== '094') this.fail(n, `record size (35–37) ${show(f(r, 35, 37))} is not 094`);
    if (f(r, 38, 39) !== '10') this.fail(n, `blocking factor (38–39) ${show(f(r, 38, 39))} is not 10`);
    if (f(r, 40, 40) !== '1') this.fail(n, `format code (40) ${show(f(r, 40, 40))} is not 1`);
  }

  private batchHeader(r: string, n: number): void {
    if (this.batch !== null) {
      this.closeEntry();
      this.fail(
        n,
        `batch ${this.batch.batchNumber} (line ${this.batch.line}) has no batch control before this batch header`,
      );
      this.absorb(this.batch, null, null, null);
    }
    const serviceClass = f(r, 2, 4);
    if (!['200', '220', '225', '280'].includes(serviceClass))
      this.fail(n, `service class code (2–4) ${show(serviceClass)} is not 200, 220, 225 or 280`);
    const secCode = f(r, 51, 53);
    if (!/^[A-Z]{3}$/.test(secCode))
      this.fail(n, `standard entry class (51–53) ${show(secCode)} is not a 3-letter code`);
    const effective = f(r, 70, 75);
    // Blank or 000000 in return and NOC batches (cor-example.ach): no date given.
    if (effective.trim().length > 0 && effective !== '000000' && yymmddToIso(effective) === null)
      this.fail(n, `effective entry date (70–75) ${show(effective)} is not a date YYMMDD`);
    const batchNumber = f(r, 88, 94);
    if (!isDigits(batchNumber)) this.fail(n, `batch number (88–94) ${show(batchNumber)} is not numeric`);
    if (!isDigits(f(r, 80, 87)))
      this.fail(n, `originating DFI (80–87) ${show(f(r, 80, 87))} is not 8 digits`);
    this.batch = {
      line: n,
      serviceClass,
      companyId: f(r, 41, 50).trim(),
      secCode,
      batchNumber,
      entries: 0,
      addenda: 0,
      hash: 0n,
      debit: dec(0),
      credit: dec(0),
      tainted: false,
    };
    this.batches += 1;
  }

  private entryDetail(r: string, n: number): void {
    const batch = this.batch;
    if (batch === null) {
      this.fail(n, 'entry detail (type 6) outside a batch (no batch header before it)');
      return;
    }
    this.closeEntry();
    batch.entries += 1;
    let ok = true;
    const bad = (message: string): void => {
      this.fail(n, message);
      ok = false;
    };
    const tc = f(r, 2, 3);
    if (!isDigits(tc) || !TRANSACTION_CODES.has(tc))
      bad(`transaction code (2–3) ${show(tc)} is not a valid ACH transaction code`);
    const rdfi = f(r, 4, 11);
    const check = f(r, 12, 12);
    if (!isDigits(rdfi)) {
      bad(`receiving DFI (4–11) ${show(rdfi)} is not 8 digits`);
      batch.tainted = true;
    } else {
      batch.hash += BigInt(rdfi);
      if (isDigits(check) && abaCheckDigit(rdfi) !== Number(check))
        bad(`check digit (12) ${check} does not match routing ${rdfi} (expected ${abaCheckDigit(rdfi)})`);
      else if (!isDigits(check)) bad(`check digit (12) ${show(check)} is not a digit`);
    }
    const amountCents = f(r, 30, 39);
    if (!isDigits(amountCents)) {
      bad(`amount (30–39) ${show(amountCents)} is not a zero-filled amount in cents`);
      batch.tainted = true;
    } else if (isDigits(tc)) {
      if (isDebit(tc)) batch.debit = batch.debit.plus(dec(amountCents));
      else batch.credit = batch.credit.plus(dec(amountCents));
    }
    const indicator = f(r, 79, 79);
    if (indicator !== '0' && indicator !== '1')
      bad(`addenda record indicator (79) ${show(indicator)} is not 0 or 1`);
    const trace = f(r, 80, 94);
    if (!isDigits(trace)) bad(`trace number (80–94) ${show(trace)} is not 15 digits`);
    this.entry = {
      line: n,
      transactionCode: tc,
      rdfi,
      amountCents: ok ? amountCents : '',
      individualId: f(r, 40, 54).trim(),
      individualName: f(r, 55, 76).trim(),
      addendaIndicator: indicator,
      trace,
      addenda: 0,
      kind: null,
    };
    if (!ok) this.entry.kind = null;
  }

  private addenda(r: string, n: number): void {
    const batch = this.batch;
    const entry = this.entry;
    if (batch === null || entry === null) {
      this.fail(n, 'addenda (type 7) without an entry detail before it');
      return;
    }
    batch.addenda += 1;
    entry.addenda += 1;
    if (entry.addendaIndicator === '0')
      this.fail(n, `addenda follows the entry on line ${entry.line}, whose addenda indicator is 0`);
    const type = f(r, 2, 3);
    if (type === '99') this.returnAddenda(r, n, entry);
    else if (type === '98') this.nocAddenda(r, n, entry);
    else if (!/^(0[25]|1[0-8])$/.test(type))
      this.fail(n, `addenda type code (2–3) ${show(type)} is not 02, 05, 10–18, 98 or 99`);
  }

  private returnAddenda(r: string, n: number, entry: Entry): void {
    let ok = entry.amountCents.length > 0;
    const bad = (message: string): void => {
      this.fail(n, message);
      ok = false;
    };
    const code = f(r, 4, 6);
    if (!/^R[0-9A-Z]{2}$/.test(code)) bad(`return reason code (4–6) ${show(code)} is not Rnn`);
    const originalTrace = f(r, 7, 21);
    if (!isDigits(originalTrace))
      bad(`original entry trace number (7–21) ${show(originalTrace)} is not 15 digits`);
    const death = f(r, 22, 27);
    if (death.trim().length > 0 && yymmddToIso(death) === null)
      bad(`date of death (22–27) ${show(death)} is not a date YYMMDD`);
    if (!isDigits(f(r, 28, 35))) bad(`original receiving DFI (28–35) ${show(f(r, 28, 35))} is not 8 digits`);
    if (!isDigits(f(r, 80, 94))) bad(`trace number (80–94) ${show(f(r, 80, 94))} is not 15 digits`);
    if (entry.kind !== null) bad(`second return/NOC addenda for the entry on line ${entry.line}`);
    if (!ok) return;
    entry.kind = 'RETURN';
    const reason = RETURN_REASONS[code];
    if (reason === undefined)
      this.warnings.push({ line: n, message: `return reason code ${code} is not a standard Nacha code` });
    this.records.push({
      ...this.entryFields(entry, originalTrace),
      kind: 'RETURN',
      returnCode: code,
      ...(reason !== undefined ? { returnReason: reason } : {}),
    });
  }

  private nocAddenda(r: string, n: number, entry: Entry): void {
    let ok = entry.amountCents.length > 0;
    const bad = (message: string): void => {
      this.fail(n, message);
      ok = false;
    };
    const code = f(r, 4, 6);
    if (!/^C[0-9]{2}$/.test(code)) bad(`change code (4–6) ${show(code)} is not Cnn`);
    const originalTrace = f(r, 7, 21);
    if (!isDigits(originalTrace))
      bad(`original entry trace number (7–21) ${show(originalTrace)} is not 15 digits`);
    if (!isDigits(f(r, 28, 35))) bad(`original receiving DFI (28–35) ${show(f(r, 28, 35))} is not 8 digits`);
    const corrected = f(r, 36, 64).trim();
    if (corrected.length === 0) bad('corrected data (36–64) is blank');
    if (!isDigits(f(r, 80, 94))) bad(`trace number (80–94) ${show(f(r, 80, 94))} is not 15 digits`);
    if (entry.kind !== null) bad(`second return/NOC addenda for the entry on line ${entry.line}`);
    if (!ok) return;
    entry.kind = 'NOC';
    this.records.push({ ...this.entryFields(entry, originalTrace), kind: 'NOC', changeCode: code, correctedData: corrected });
  }

  /** What a return and a notification of change both say about the entry they answer. */
  private entryFields(entry: Entry, originalTrace: string) {
    return {
      line: entry.line,
      accountNumber: entry.individualId.length > 0 ? entry.individualId : null,
      amount: centsToMoney(entry.amountCents)!,
      receivedOn: this.fileCreationDate ?? '',
      reference: entry.trace,
      naturalKey: `ACH-${entry.kind}:${originalTrace}:${entry.trace}`,
      method: 'ACH' as const,
      originalTrace,
      transactionCode: entry.transactionCode,
      ...(entry.individualName.length > 0 ? { payerName: entry.individualName } : {}),
    };
  }

  private closeEntry(): void {
    const entry = this.entry;
    if (entry === null) return;
    if (entry.addendaIndicator === '1' && entry.addenda === 0)
      this.fail(entry.line, 'addenda record indicator is 1 but no addenda follows');
    if (entry.kind === null) this.forwardEntries += 1;
    this.entry = null;
  }

  private batchControl(r: string, n: number): void {
    const batch = this.batch;
    if (batch === null) {
      this.fail(n, 'batch control (type 8) without a batch header');
      return;
    }
    this.closeEntry();
    const serviceClass = f(r, 2, 4);
    if (serviceClass !== batch.serviceClass)
      this.fail(
        n,
        `batch control service class ${show(serviceClass)} differs from the batch header's ${batch.serviceClass}`,
      );
    this.checkNumber(f(r, 5, 10), batch.entries + batch.addenda, 'entry/addenda count (5–10)', n);
    const hash = f(r, 11, 20);
    const expectedHash = tenDigits(batch.hash);
    if (!isDigits(hash)) this.fail(n, `entry hash (11–20) ${show(hash)} is not numeric`);
    else if (!batch.tainted && hash !== expectedHash)
      this.fail(n, `entry hash (11–20) ${hash} does not match the entries' RDFI ids, ${expectedHash}`);
    if (!batch.tainted) {
      this.checkCents(f(r, 21, 32), batch.debit, 'total debit amount (21–32)', n);
      this.checkCents(f(r, 33, 44), batch.credit, 'total credit amount (33–44)', n);
    }
    if (f(r, 45, 54).trim() !== batch.companyId)
      this.fail(
        n,
        `company identification (45–54) ${show(f(r, 45, 54).trim())} differs from the batch header's ${show(batch.companyId)}`,
      );
    if (f(r, 88, 94) !== batch.batchNumber)
      this.fail(
        n,
        `batch number (88–94) ${show(f(r, 88, 94))} differs from the batch header's ${batch.batchNumber}`,
      );
    this.absorb(batch, hash, f(r, 21, 32), f(r, 33, 44));
    this.batch = null;
  }

  /**
   * Adds a closed batch to the file totals: what its records add up to, or, when a record could
   * not be read, what its batch control says (so that one bad record is not reported again at
   * the file control).
   */
  private absorb(batch: Batch, hash: string | null, debit: string | null, credit: string | null): void {
    this.fileEntries += batch.entries + batch.addenda;
    if (!batch.tainted) {
      this.fileHash += batch.hash;
      this.fileDebit = this.fileDebit.plus(batch.debit);
      this.fileCredit = this.fileCredit.plus(batch.credit);
      return;
    }
    if (
      hash === null ||
      debit === null ||
      credit === null ||
      !isDigits(hash) ||
      !isDigits(debit) ||
      !isDigits(credit)
    ) {
      this.fileTainted = true;
      return;
    }
    this.fileHash += BigInt(hash);
    this.fileDebit = this.fileDebit.plus(dec(debit));
    this.fileCredit = this.fileCredit.plus(dec(credit));
  }

  private fileControlRecord(r: string, n: number): void {
    this.closeEntry();
    if (this.batch !== null) {
      this.fail(
        n,
        `batch ${this.batch.batchNumber} (line ${this.batch.line}) has no batch control before the file control`,
      );
      this.absorb(this.batch, null, null, null);
      this.batch = null;
    }
    this.closed = true;
    this.checkNumber(f(r, 2, 7), this.batches, 'batch count (2–7)', n);
    this.checkNumber(f(r, 8, 13), Math.ceil(this.records94 / 10), 'block count (8–13)', n);
    this.checkNumber(f(r, 14, 21), this.fileEntries, 'entry/addenda count (14–21)', n);
    const hash = f(r, 22, 31);
    const expectedHash = tenDigits(this.fileHash);
    if (!isDigits(hash)) this.fail(n, `entry hash (22–31) ${show(hash)} is not numeric`);
    else if (!this.fileTainted && hash !== expectedHash)
      this.fail(n, `entry hash (22–31) ${hash} does not match the file's RDFI ids, ${expectedHash}`);
    if (!this.fileTainted) {
      this.checkCents(f(r, 32, 43), this.fileDebit, 'total debit amount in file (32–43)', n);
      this.checkCents(f(r, 44, 55), this.fileCredit, 'total credit amount in file (44–55)', n);
    }
    this.fileControl = {
      batchCount: this.batches,
      blockCount: Math.ceil(this.records94 / 10),
      entryAddendaCount: this.fileEntries,
      entryHash: expectedHash,
      totalDebit: moneyText(this.fileDebit.div(100)),
      totalCredit: moneyText(this.fileCredit.div(100)),
    };
  }

  private checkNumber(text: string, actual: number, what: string, n: number): void {
    if (!isDigits(text)) this.fail(n, `${what} ${show(text)} is not numeric`);
    else if (Number(text) !== actual) this.fail(n, `${what} is ${Number(text)}, counted ${actual}`);
  }

  private checkCents(text: string, actual: Dec, what: string, n: number): void {
    if (!isDigits(text)) this.fail(n, `${what} ${show(text)} is not numeric`);
    else if (!dec(text).eq(actual))
      this.fail(
        n,
        `${what} is ${moneyText(dec(text).div(100))}, the entries add up to ${moneyText(actual.div(100))}`,
      );
  }
}

/** Positions start–end (1-based, inclusive) of a 94-character record. */
function f(r: string, start: number, end: number): string {
  return r.slice(start - 1, end);
}

const TRANSACTION_CODES = new Set([
  '21',
  '22',
  '23',
  '24',
  '26',
  '27',
  '28',
  '29',
  '31',
  '32',
  '33',
  '34',
  '36',
  '37',
  '38',
  '39',
  '41',
  '42',
  '43',
  '46',
  '47',
  '48',
  '51',
  '52',
  '53',
  '55',
  '56',
]);

/** Debit transaction codes: second digit 5–9 (27, 28, 37, …; returns 26, 36 count as debits). */
function isDebit(tc: string): boolean {
  return tc[1]! >= '5';
}

function tenDigits(sum: bigint): string {
  return (sum % 10_000_000_000n).toString().padStart(10, '0');
}

/** ABA check digit of an 8-digit routing prefix (weights 3, 7, 1). */
export function abaCheckDigit(first8: string): number {
  const weights = [3, 7, 1, 3, 7, 1, 3, 7];
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (first8.charCodeAt(i) - 48) * weights[i]!;
  return (10 - (sum % 10)) % 10;
}
