/**
 * BAI2 (Cash Management Balance Reporting Specifications, Version 2; file-formats.md §3.1):
 * bank balance and transaction reports, used to reconcile lockbox, card and ACH deposits.
 *
 * Reads every record type (01, 02, 03, 16, 88, 49, 98, 99), continuation records, defaulted
 * fields, funds types 0, 1, 2, S, V, D and Z with their extra fields, text fields holding commas
 * and slashes, and checks the control totals (signed algebraic sums) and record counts at
 * account, group and file level. Amounts carry the implied decimals of their currency.
 *
 * Physical layout, as real banks send it (see the moov-io/bai2 samples): a logical record ends at
 * '/'; several records may share a line ("…/   02,…"); a line that does not start with a record
 * code continues the previous, unterminated record. In 16 records (and their 88s) a '/' ends the
 * record only when a record code or the end of the line follows: the text itself may hold '/'.
 * Type codes outside Appendix A are kept and flagged in `warnings`, never refused.
 */
import { dec, type Dec } from '../../shared/money/index.js';
import { LineErrors, MAX_ERRORS, type LineError } from '../../reads/parsers/line-errors.js';
import {
  badCharacter,
  isBlank,
  isDigits,
  isValidHhmm,
  show,
  splitLines,
  yymmddToIso,
} from '../../reads/parsers/text.js';
import {
  currencyDecimals,
  directionOf,
  isStandardTypeCode,
  isStatusCode,
  type Bai2Direction,
} from './bai2-codes.js';

export interface Bai2FundsType {
  /** '' when defaulted. */
  readonly type: '' | '0' | '1' | '2' | 'S' | 'V' | 'D' | 'Z';
  readonly immediate?: string | null;
  readonly oneDay?: string | null;
  readonly twoOrMoreDays?: string | null;
  readonly valueDate?: string;
  readonly valueTime?: string | null;
  readonly distributions?: ReadonlyArray<{ readonly days: number; readonly amount: string }>;
}

export interface Bai2Summary {
  readonly line: number;
  readonly typeCode: string;
  /** Decimal text in the account currency; null when defaulted. */
  readonly amount: string | null;
  readonly itemCount: number | null;
  readonly fundsType: Bai2FundsType;
  readonly direction: Bai2Direction;
  readonly standardTypeCode: boolean;
}

export interface Bai2Transaction {
  readonly line: number;
  readonly typeCode: string;
  /** Decimal text in the account currency ("4500.00"). */
  readonly amount: string;
  readonly fundsType: Bai2FundsType;
  readonly bankReference: string;
  /** Customer reference: the check number for type codes 474, 475 and 395. */
  readonly customerReference: string;
  readonly text: string;
  readonly direction: Bai2Direction;
  readonly standardTypeCode: boolean;
}

export interface Bai2Account {
  readonly line: number;
  readonly accountNumber: string;
  readonly currency: string;
  readonly summaries: Bai2Summary[];
  readonly transactions: Bai2Transaction[];
  /** From the 49 record (decimal text). */
  readonly controlTotal: string;
  readonly recordCount: number;
}

export interface Bai2Group {
  readonly line: number;
  readonly ultimateReceiver: string;
  readonly originator: string;
  /** 1 update, 2 deletion, 3 correction, 4 test only. */
  readonly status: string;
  readonly asOfDate: string | null;
  readonly asOfTime: string | null;
  readonly currency: string;
  readonly asOfDateModifier: string | null;
  readonly accounts: Bai2Account[];
  readonly controlTotal: string;
  readonly accountCount: number;
  readonly recordCount: number;
}

export interface Bai2File {
  readonly senderId: string;
  readonly receiverId: string;
  readonly creationDate: string | null;
  readonly creationTime: string;
  readonly fileId: string;
  readonly physicalRecordLength: string;
  readonly blockSize: string;
  readonly version: string;
  readonly groups: Bai2Group[];
  readonly controlTotal: string;
  readonly groupCount: number;
  readonly recordCount: number;
}

export interface Bai2ParseResult {
  readonly file: Bai2File | null;
  readonly errors: LineError[];
  /** Non-blocking findings: bank-specific type codes, detail codes in summaries. */
  readonly warnings: LineError[];
  readonly unknownTypeCodes: string[];
  readonly errorLimitReached: boolean;
  readonly ok: boolean;
  readonly lineCount: number;
}

export interface Bai2Options {
  readonly maxErrors?: number;
}

type Fail = (line: number, message: string) => void;

interface RawRecord {
  readonly code: string;
  body: string;
  readonly line: number;
  /** 1 + number of 88 continuation records merged into it. */
  count: number;
}

const RECORD_START = /^(?:01|02|03|16|49|88|98|99),/;
const ANY_CODE_START = /^\d{2},/;
/**
 * '/' that ends a text-bearing record: followed by blanks and then the end of the line or the
 * start of a plausible record (a text such as "04/02, BATCH 7" does not look like an 02 header).
 */
const TEXT_END =
  /\/[ \t]*(?=$|01,|02,[^,/]*,[^,/]*,[1-4],|03,[^,/]*,|16,\d{3},|88,|49,[+-]?\d*,|98,[+-]?\d*,|99,[+-]?\d*,)/g;

export function parseBai2(text: string, options: Bai2Options = {}): Bai2ParseResult {
  const errors = new LineErrors(options.maxErrors ?? MAX_ERRORS);
  const fail: Fail = (line, message) => errors.add(line, message);
  const warnings: LineError[] = [];
  const lines = splitLines(text);
  const records = mergeContinuations(scan(lines, fail), fail);
  const builder = new Bai2Builder(fail, (line, message) => warnings.push({ line, message }));
  for (const r of records) builder.record(r);
  builder.finish(lastLine(lines));
  const list = errors.sorted();
  return {
    file: builder.file,
    errors: list,
    warnings,
    unknownTypeCodes: [...builder.unknownCodes].sort(),
    errorLimitReached: errors.limitReached,
    ok: list.length === 0,
    lineCount: lines.length,
  };
}

function lastLine(lines: ReadonlyArray<{ text: string; line: number }>): number {
  for (let i = lines.length - 1; i >= 0; i -= 1) if (!isBlank(lines[i]!.text)) return lines[i]!.line;
  return 1;
}

interface Chunk {
  text: string;
  readonly starts: Array<{ offset: number; line: number }>;
}

/** Physical lines → logical records (before 88s are merged). */
function scan(lines: ReadonlyArray<{ text: string; line: number }>, fail: Fail): RawRecord[] {
  const chunks: Chunk[] = [];
  for (const { text, line } of lines) {
    const bad = badCharacter(text);
    if (bad !== null) fail(line, bad);
    if (isBlank(text)) continue;
    const t = text.trimStart();
    const current = chunks[chunks.length - 1];
    if (RECORD_START.test(t) || current === undefined || current.text.trimEnd().endsWith('/')) {
      chunks.push({ text: t, starts: [{ offset: 0, line }] });
    } else {
      // The previous record has no '/' and this line has no record code: the record goes on.
      current.starts.push({ offset: current.text.length, line });
      current.text += t;
    }
  }
  const out: RawRecord[] = [];
  let lastMain = '';
  for (const chunk of chunks) {
    const s = chunk.text;
    const lineAt = (offset: number): number => {
      let l = chunk.starts[0]!.line;
      for (const st of chunk.starts) if (st.offset <= offset) l = st.line;
      return l;
    };
    let p = 0;
    while (p < s.length) {
      if (!ANY_CODE_START.test(s.slice(p, p + 3))) {
        fail(lineAt(p), `expected a record code (01, 02, 03, 16, 88, 49, 98, 99) at ${show(s.slice(p))}`);
        break;
      }
      const code = s.slice(p, p + 2);
      const bodyStart = p + 3;
      let end = -1;
      let next = s.length;
      if (code === '16' || (code === '88' && lastMain === '16')) {
        TEXT_END.lastIndex = bodyStart;
        const m = TEXT_END.exec(s);
        if (m !== null) {
          end = m.index;
          next = m.index + m[0].length;
        }
      } else {
        const slash = s.indexOf('/', bodyStart);
        if (slash !== -1) {
          end = slash;
          next = slash + 1;
          while (next < s.length && (s[next] === ' ' || s[next] === '\t')) next += 1;
        }
      }
      out.push({
        code,
        body: end === -1 ? s.slice(bodyStart).trimEnd() : s.slice(bodyStart, end),
        line: lineAt(p),
        count: 1,
      });
      if (code !== '88') lastMain = code;
      if (next < s.length && !RECORD_START.test(s.slice(next, next + 3))) {
        fail(lineAt(next), `unexpected text after the end of a record: ${show(s.slice(next))}`);
        break;
      }
      p = next;
    }
  }
  return out;
}

/** Appends each 88 to the record it continues; text continues as text, other fields as fields. */
function mergeContinuations(records: RawRecord[], fail: Fail): RawRecord[] {
  const out: RawRecord[] = [];
  for (const r of records) {
    if (r.code !== '88') {
      out.push({ ...r });
      continue;
    }
    const prev = out[out.length - 1];
    if (prev === undefined) {
      fail(r.line, '88 continuation record with no record before it');
      continue;
    }
    if (prev.code === '16' && detailTextStarted(prev.body)) {
      // Text goes on in the 88; a blank separates the pieces unless one side already has one.
      const joint = prev.body.length > 0 && !/[\s,]$/.test(prev.body) && !/^\s/.test(r.body) ? ' ' : '';
      prev.body += joint + r.body;
    } else {
      prev.body += `,${r.body}`;
    }
    prev.count += 1;
  }
  return out;
}

/** Number of fields a 16 record has before its text, given its fields so far (null: not known yet). */
function detailFixedFields(f: readonly string[]): number | null {
  const funds = f[2];
  if (funds === undefined) return null;
  switch (funds) {
    case 'S':
      return 3 + 3 + 2;
    case 'V':
      return 3 + 2 + 2;
    case 'D': {
      const n = f[3];
      if (n === undefined || !isDigits(n)) return null;
      return 3 + 1 + 2 * Number(n) + 2;
    }
    default:
      return 3 + 2;
  }
}

function detailTextStarted(body: string): boolean {
  const f = body.split(',');
  const fixed = detailFixedFields(f);
  return fixed !== null && f.length > fixed;
}

interface AccountState {
  line: number;
  accountNumber: string;
  currency: string;
  summaries: Bai2Summary[];
  transactions: Bai2Transaction[];
  sum: Dec;
  records: number;
  /** An amount could not be read: the control total cannot be checked (the error is reported already). */
  tainted: boolean;
}

interface GroupState {
  line: number;
  header: Omit<Bai2Group, 'accounts' | 'controlTotal' | 'accountCount' | 'recordCount'>;
  accounts: Bai2Account[];
  sum: Dec;
  records: number;
  tainted: boolean;
}

class Bai2Builder {
  file: Bai2File | null = null;
  readonly unknownCodes = new Set<string>();
  private header: Omit<Bai2File, 'groups' | 'controlTotal' | 'groupCount' | 'recordCount'> | null = null;
  private groups: Bai2Group[] = [];
  private group: GroupState | null = null;
  private account: AccountState | null = null;
  private fileRecords = 0;
  private fileSum = dec(0);
  private fileTainted = false;
  private done = false;
  private reportedOrphan = false;

  constructor(
    private readonly fail: Fail,
    private readonly warn: Fail,
  ) {}

  record(r: RawRecord): void {
    if (this.done) {
      this.fail(r.line, `record ${r.code} after the 99 file trailer`);
      return;
    }
    if (this.header === null && r.code !== '01') {
      if (!this.reportedOrphan)
        this.fail(r.line, `the file must start with an 01 file header, found ${r.code}`);
      this.reportedOrphan = true;
      return;
    }
    this.fileRecords += r.count;
    if (this.group !== null) this.group.records += r.count;
    if (this.account !== null) this.account.records += r.count;
    const f = r.body.split(',');
    switch (r.code) {
      case '01':
        return this.fileHeader(f, r);
      case '02':
        return this.groupHeader(f, r);
      case '03':
        return this.accountHeader(f, r);
      case '16':
        return this.detail(r);
      case '49':
        return this.accountTrailer(f, r);
      case '98':
        return this.groupTrailer(f, r);
      case '99':
        return this.fileTrailer(f, r);
      default:
        this.fail(r.line, `unknown record code ${r.code}`);
        if (this.account !== null) this.account.tainted = true;
        else if (this.group !== null) this.group.tainted = true;
        else this.fileTainted = true;
    }
  }

  finish(lastLine: number): void {
    if (this.header === null) {
      if (!this.reportedOrphan) this.fail(1, 'the file is empty: an 01 file header is required');
      return;
    }
    if (this.done) return;
    const missing = [this.account !== null ? '49' : '', this.group !== null ? '98' : '', '99']
      .filter(Boolean)
      .join(', ');
    this.fail(lastLine, `the file ends without its trailer record(s) ${missing} (truncated file?)`);
  }

  private fileHeader(f: string[], r: RawRecord): void {
    if (this.header !== null) {
      this.fail(r.line, 'second 01 file header');
      return;
    }
    if (f.length < 8)
      this.fail(
        r.line,
        `01 file header has ${f.length} fields after the record code; it needs 8 (defaulted fields must be marked)`,
      );
    const creationDate = yymmddToIso(f[2] ?? '');
    if (creationDate === null)
      this.fail(r.line, `01 file creation date ${show(f[2] ?? '')} is not a date YYMMDD`);
    if (!isValidHhmm(f[3] ?? '', true))
      this.fail(r.line, `01 file creation time ${show(f[3] ?? '')} is not HHMM`);
    if ((f[0] ?? '').length === 0 || (f[1] ?? '').length === 0)
      this.fail(r.line, '01 sender and receiver identifications are required');
    if ((f[4] ?? '').length === 0) this.fail(r.line, '01 file identification number is required');
    const version = (f[7] ?? '').trim();
    if (f.length >= 8 && version !== '2')
      this.fail(r.line, `01 version number ${show(version)} is not 2 (only BAI2 is read)`);
    this.header = {
      senderId: f[0] ?? '',
      receiverId: f[1] ?? '',
      creationDate,
      creationTime: f[3] ?? '',
      fileId: f[4] ?? '',
      physicalRecordLength: f[5] ?? '',
      blockSize: f[6] ?? '',
      version,
    };
  }

  private groupHeader(f: string[], r: RawRecord): void {
    if (this.account !== null) this.closeAccount(r.line, '49');
    if (this.group !== null) this.closeGroup(r.line, '98');
    this.group = {
      line: r.line,
      header: this.readGroupHeader(f, r),
      accounts: [],
      sum: dec(0),
      records: r.count,
      tainted: false,
    };
  }

  private readGroupHeader(f: string[], r: RawRecord): GroupState['header'] {
    if (f.length < 7)
      this.fail(
        r.line,
        `02 group header has ${f.length} fields after the record code; it needs 7 (defaulted fields must be marked)`,
      );
    const status = f[2] ?? '';
    if (!['1', '2', '3', '4'].includes(status))
      this.fail(r.line, `02 group status ${show(status)} is not 1, 2, 3 or 4`);
    const asOfDate = yymmddToIso(f[3] ?? '');
    if (asOfDate === null) this.fail(r.line, `02 as-of date ${show(f[3] ?? '')} is not a date YYMMDD`);
    const time = f[4] ?? '';
    if (time.length > 0 && !isValidHhmm(time, true))
      this.fail(r.line, `02 as-of time ${show(time)} is not HHMM`);
    const currency = this.currency(f[5] ?? '', 'USD', r.line, '02');
    const modifier = (f[6] ?? '').trim();
    if (modifier.length > 0 && !['1', '2', '3', '4'].includes(modifier))
      this.fail(r.line, `02 as-of-date modifier ${show(modifier)} is not 1–4`);
    if ((f[1] ?? '').length === 0) this.fail(r.line, '02 originator identification is required');
    return {
      line: r.line,
      ultimateReceiver: f[0] ?? '',
      originator: f[1] ?? '',
      status,
      asOfDate,
      asOfTime: time.length > 0 ? time : null,
      currency,
      asOfDateModifier: modifier.length > 0 ? modifier : null,
    };
  }

  private currency(text: string, fallback: string, line: number, code: string): string {
    const c = text.trim();
    if (c.length === 0) return fallback;
    if (!/^[A-Z]{3}$/.test(c)) {
      this.fail(line, `${code} currency code ${show(c)} is not a 3-letter ISO code`);
      return fallback;
    }
    return c;
  }

  private accountHeader(f: string[], r: RawRecord): void {
    if (this.group === null) {
      this.fail(r.line, '03 account record outside a group (no 02 before it)');
      return;
    }
    if (this.account !== null) this.closeAccount(r.line, '49');
    const accountNumber = f[0] ?? '';
    if (accountNumber.length === 0) this.fail(r.line, '03 customer account number is required');
    const currency = this.currency(f[1] ?? '', this.group.header.currency, r.line, '03');
    const account: AccountState = {
      line: r.line,
      accountNumber,
      currency,
      summaries: [],
      transactions: [],
      sum: dec(0),
      records: r.count,
      tainted: false,
    };
    this.account = account;
    let i = 2;
    while (i < f.length) {
      const [typeCode = '', amountText = '', countText = '', fundsCode] = f.slice(i, i + 4);
      if (fundsCode === undefined) {
        if (f.slice(i).some(x => x.length > 0)) {
          this.fail(
            r.line,
            `03 summary starting with type code ${show(typeCode)} is incomplete (type code, amount, item count and funds type; defaulted fields must be marked)`,
          );
        }
        break;
      }
      i += 4;
      const funds = this.funds(fundsCode, f, i, r.line, currency);
      i = funds.next;
      if (typeCode === '' && amountText === '' && countText === '' && fundsCode === '') continue;
      if (!/^\d{3}$/.test(typeCode)) {
        this.fail(r.line, `03 type code ${show(typeCode)} is not 3 digits`);
        account.tainted = true;
        continue;
      }
      this.noteCode(typeCode, r.line);
      const amount = this.amount(amountText, currency, r.line, typeCode, isStatusCode(typeCode), true);
      if (amount === null && amountText.length > 0) account.tainted = true;
      if (countText.length > 0 && !isDigits(countText))
        this.fail(r.line, `03 item count ${show(countText)} for type code ${typeCode} is not a number`);
      if (amount !== null) account.sum = account.sum.plus(amount.raw);
      account.summaries.push({
        line: r.line,
        typeCode,
        amount: amount?.text ?? null,
        itemCount: countText.length > 0 && isDigits(countText) ? Number(countText) : null,
        fundsType: funds.value,
        direction: directionOf(typeCode),
        standardTypeCode: isStandardTypeCode(typeCode),
      });
    }
  }

  private detail(r: RawRecord): void {
    const account = this.account;
    if (account === null) {
      this.fail(r.line, '16 transaction record outside an account (no 03 before it)');
      return;
    }
    const f = r.body.split(',');
    const fixed = detailFixedFields(f);
    if (fixed === null || f.length < fixed) {
      this.fail(
        r.line,
        '16 record ends before its customer reference field (defaulted fields must be marked with commas)',
      );
      account.tainted = true;
      return;
    }
    const typeCode = f[0]!;
    if (!/^\d{3}$/.test(typeCode)) {
      this.fail(r.line, `16 type code ${show(typeCode)} is not 3 digits`);
      account.tainted = true;
      return;
    }
    this.noteCode(typeCode, r.line);
    if (isStatusCode(typeCode)) this.warn(r.line, `16 record uses status type code ${typeCode}`);
    const amount = this.amount(f[1]!, account.currency, r.line, typeCode, false, false);
    const funds = this.funds(f[2]!, f, 3, r.line, account.currency);
    if (amount === null) {
      account.tainted = true;
      return;
    }
    account.sum = account.sum.plus(amount.raw);
    account.transactions.push({
      line: r.line,
      typeCode,
      amount: amount.text,
      fundsType: funds.value,
      bankReference: f[fixed - 2]!,
      customerReference: f[fixed - 1]!,
      text: f.slice(fixed).join(',').trimEnd(),
      direction: directionOf(typeCode),
      standardTypeCode: isStandardTypeCode(typeCode),
    });
  }

  private accountTrailer(f: string[], r: RawRecord): void {
    const account = this.account;
    if (account === null) {
      this.fail(r.line, '49 account trailer without an 03 account record');
      return;
    }
    const total = signedInteger(f[0] ?? '');
    if (total === null) this.fail(r.line, `49 account control total ${show(f[0] ?? '')} is not a number`);
    else if (!account.tainted && !total.eq(account.sum)) {
      this.fail(
        r.line,
        `49 account control total ${f[0]} does not equal the sum of the account's amounts, ${account.sum.toFixed()}`,
      );
    }
    this.checkCount(f[1], account.records, '49 number of records (03 through 49)', r.line);
    this.group!.accounts.push({
      line: account.line,
      accountNumber: account.accountNumber,
      currency: account.currency,
      summaries: account.summaries,
      transactions: account.transactions,
      controlTotal: decimalText(total ?? account.sum, currencyDecimals(account.currency)),
      recordCount: account.records,
    });
    // What the records add up to goes up (not the stated total), so that one wrong trailer is one
    // error; when an amount could not be read, the stated total stands in for it.
    this.group!.sum = this.group!.sum.plus(account.tainted ? (total ?? account.sum) : account.sum);
    if (account.tainted && total === null) this.group!.tainted = true;
    this.account = null;
  }

  private groupTrailer(f: string[], r: RawRecord): void {
    if (this.account !== null) this.closeAccount(r.line, '49');
    const group = this.group;
    if (group === null) {
      this.fail(r.line, '98 group trailer without an 02 group header');
      return;
    }
    const total = signedInteger(f[0] ?? '');
    if (total === null) this.fail(r.line, `98 group control total ${show(f[0] ?? '')} is not a number`);
    else if (!group.tainted && !total.eq(group.sum)) {
      this.fail(
        r.line,
        `98 group control total ${f[0]} does not equal the total of its accounts, ${group.sum.toFixed()}`,
      );
    }
    this.checkCount(f[1], group.accounts.length, '98 number of accounts', r.line);
    this.checkCount(f[2], group.records, '98 number of records (02 through 98)', r.line);
    this.groups.push({
      ...group.header,
      accounts: group.accounts,
      controlTotal: decimalText(total ?? group.sum, currencyDecimals(group.header.currency)),
      accountCount: group.accounts.length,
      recordCount: group.records,
    });
    this.fileSum = this.fileSum.plus(group.tainted ? (total ?? group.sum) : group.sum);
    if (group.tainted && total === null) this.fileTainted = true;
    this.group = null;
  }

  private fileTrailer(f: string[], r: RawRecord): void {
    if (this.account !== null) this.closeAccount(r.line, '49');
    if (this.group !== null) this.closeGroup(r.line, '98');
    const total = signedInteger(f[0] ?? '');
    if (total === null) this.fail(r.line, `99 file control total ${show(f[0] ?? '')} is not a number`);
    else if (!this.fileTainted && !total.eq(this.fileSum)) {
      this.fail(
        r.line,
        `99 file control total ${f[0]} does not equal the total of its groups, ${this.fileSum.toFixed()}`,
      );
    }
    this.checkCount(f[1], this.groups.length, '99 number of groups', r.line);
    this.checkCount(f[2], this.fileRecords, '99 number of records (01 through 99)', r.line);
    const decimals = currencyDecimals(this.groups[0]?.currency ?? 'USD');
    this.file = {
      ...this.header!,
      groups: this.groups,
      controlTotal: decimalText(total ?? this.fileSum, decimals),
      groupCount: this.groups.length,
      recordCount: this.fileRecords,
    };
    this.done = true;
  }

  /** A trailer is missing: report it and close the open level so that parsing can go on. */
  private closeAccount(line: number, code: string): void {
    const account = this.account!;
    this.fail(
      line,
      `account ${show(account.accountNumber)} (line ${account.line}) has no ${code} account trailer`,
    );
    this.account = null;
    this.group?.accounts.push({
      line: account.line,
      accountNumber: account.accountNumber,
      currency: account.currency,
      summaries: account.summaries,
      transactions: account.transactions,
      controlTotal: decimalText(account.sum, currencyDecimals(account.currency)),
      recordCount: account.records,
    });
    if (this.group !== null) {
      this.group.sum = this.group.sum.plus(account.sum);
      if (account.tainted) this.group.tainted = true;
    }
  }

  private closeGroup(line: number, code: string): void {
    const group = this.group!;
    this.fail(line, `group of line ${group.line} has no ${code} group trailer`);
    this.groups.push({
      ...group.header,
      accounts: group.accounts,
      controlTotal: decimalText(group.sum, currencyDecimals(group.header.currency)),
      accountCount: group.accounts.length,
      recordCount: group.records,
    });
    this.fileSum = this.fileSum.plus(group.sum);
    if (group.tainted) this.fileTainted = true;
    this.group = null;
  }

  private checkCount(text: string | undefined, actual: number, what: string, line: number): void {
    const t = (text ?? '').trim();
    if (!isDigits(t)) this.fail(line, `${what} ${show(t)} is not a number`);
    else if (Number(t) !== actual) this.fail(line, `${what} is ${Number(t)}, counted ${actual}`);
  }

  private noteCode(code: string, line: number): void {
    if (isStandardTypeCode(code)) return;
    this.unknownCodes.add(code);
    this.warn(
      line,
      `type code ${code} is not in BAI2 Appendix A (bank-specific): kept as ${directionOf(code).toLowerCase()}`,
    );
  }

  private amount(
    text: string,
    currency: string,
    line: number,
    typeCode: string,
    signed: boolean,
    optional: boolean,
  ): { raw: Dec; text: string } | null {
    if (text.length === 0) {
      if (!optional) this.fail(line, `amount of type code ${typeCode} is missing`);
      return null;
    }
    const raw = signedInteger(text);
    if (raw === null) {
      this.fail(
        line,
        `amount ${show(text)} of type code ${typeCode} is not a whole number (BAI2 amounts have no decimal point)`,
      );
      return null;
    }
    if (raw.isNegative() && !signed) {
      this.fail(
        line,
        `amount ${text} of type code ${typeCode} is negative: only status (balance) amounts may be signed`,
      );
      return null;
    }
    return { raw, text: decimalText(raw, currencyDecimals(currency)) };
  }

  /** Reads a funds type and its extra fields starting at f[at]; returns where the next field is. */
  private funds(
    code: string,
    f: string[],
    at: number,
    line: number,
    currency: string,
  ): { value: Bai2FundsType; next: number } {
    const places = currencyDecimals(currency);
    const money = (t: string | undefined, what: string): string | null => {
      const v = t ?? '';
      if (v.length === 0) return null;
      const n = signedInteger(v);
      if (n === null || n.isNegative()) {
        this.fail(line, `funds type ${code}: ${what} ${show(v)} is not an amount`);
        return null;
      }
      return decimalText(n, places);
    };
    switch (code) {
      case '':
      case '0':
      case '1':
      case '2':
      case 'Z':
        return { value: { type: code }, next: at };
      case 'S':
        return {
          value: {
            type: 'S',
            immediate: money(f[at], 'immediate amount'),
            oneDay: money(f[at + 1], 'one-day amount'),
            twoOrMoreDays: money(f[at + 2], 'two-or-more-day amount'),
          },
          next: at + 3,
        };
      case 'V': {
        const dateText = f[at] ?? '';
        const valueDate = yymmddToIso(dateText);
        if (valueDate === null)
          this.fail(line, `funds type V: value date ${show(dateText)} is not a date YYMMDD`);
        const time = f[at + 1] ?? '';
        if (time.length > 0 && !isValidHhmm(time, true))
          this.fail(line, `funds type V: value time ${show(time)} is not HHMM`);
        return {
          value: { type: 'V', valueDate: valueDate ?? dateText, valueTime: time.length > 0 ? time : null },
          next: at + 2,
        };
      }
      case 'D': {
        const countText = f[at] ?? '';
        if (!isDigits(countText)) {
          this.fail(line, `funds type D: number of distributions ${show(countText)} is not a number`);
          return { value: { type: 'D', distributions: [] }, next: f.length };
        }
        const distributions: Array<{ days: number; amount: string }> = [];
        for (let k = 0; k < Number(countText); k += 1) {
          const days = f[at + 1 + 2 * k] ?? '';
          const amount = money(f[at + 2 + 2 * k], 'distribution amount');
          if (!isDigits(days))
            this.fail(line, `funds type D: availability days ${show(days)} is not a number`);
          else if (amount !== null) distributions.push({ days: Number(days), amount });
        }
        return { value: { type: 'D', distributions }, next: at + 1 + 2 * Number(countText) };
      }
      default:
        this.fail(line, `funds type ${show(code)} is not 0, 1, 2, S, V, D or Z`);
        return { value: { type: '' }, next: at };
    }
  }
}

const SIGNED_INTEGER = /^[+-]?\d+$/;

function signedInteger(text: string): Dec | null {
  const t = text.trim();
  if (!SIGNED_INTEGER.test(t)) return null;
  return dec(t.startsWith('+') ? t.slice(1) : t);
}

/** Minor units → decimal text with the currency's places ("15009736", 2 → "150097.36"). */
function decimalText(minor: Dec, places: number): string {
  return minor.div(dec(10).pow(places)).toFixed(places);
}
