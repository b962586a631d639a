/** Payment files in the real layouts (file-formats.md §2, §3; tests/fixtures/payments), built for the test's own accounts. */

export interface LockboxLine {
  readonly account: string | null;
  readonly amount: string;
  readonly check: string;
}

const cents = (amount: string) => amount.replace('.', '').replace(/^0+(?=\d)/, '');
const sum = (amounts: readonly string[]) => (amounts.reduce((s, a) => s + BigInt(cents(a)), 0n));
const money = (c: bigint) => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`;

/** gotransverse lockbox CSV: a lockbox line with the file total, the labels, then one line per check. */
export function lockboxCsv(lines: readonly LockboxLine[], options: { date: string; lockbox: string }): string {
  const total = money(sum(lines.map(l => l.amount)));
  return [
    `First National Lockbox Services,${options.lockbox},West County Water District,${options.date},"${total}"`,
    'Line Number,Account Number,Customer Name,Deposit Date,Amount,Currency,Bank Routing Number,Bank Account Number,Check Number,Invoice Number,Invoice Due Date,Invoice Amount',
    ...lines.map((l, i) => `${i + 1},${l.account ?? ''},"PAYER ${i + 1}",${options.date},${l.amount},USD,121042882,000123456789,${l.check},,,`),
  ].join('\r\n') + '\r\n';
}

/** Fulton 80-character lockbox: 1000 header, 60 details, our 9 trailer. */
export function lockboxFixed(lines: readonly LockboxLine[], options: { date: string; lockboxId?: string }): string {
  const [y, m, d] = [options.date.slice(2, 4), options.date.slice(5, 7), options.date.slice(8, 10)];
  const header = `1000${y}${m}${d}  ${m}${d}${y} 00000111122222       WEST COUNTY WATER    012104288`.padEnd(80);
  const details = lines.map((l, i) => {
    const account = (l.account ?? '').padStart(14, '0');
    return `60${l.check.padStart(10, '0')}${options.lockboxId ?? '12104417'}${account} 000020${cents(l.amount).padStart(10, '0')}${y}${m}${d}${m}${d}${y}${String(260920000 + i + 1).padStart(13, '0')}`.padEnd(80);
  });
  const trailer = `9${String(lines.length).padStart(6, '0')}${sum(lines.map(l => l.amount)).toString().padStart(12, '0')}`.padEnd(80);
  return [header, ...details, trailer].join('\n') + '\n';
}

export interface CardLine {
  readonly txn: string;
  readonly account: string;
  readonly gross: string;
  readonly fee: string;
  readonly type?: 'SALE' | 'REFUND' | 'CHARGEBACK';
}

/** Card settlement CSV (docs/file-layouts.md): gross − fee = net per line; refunds and chargebacks signed negative. */
export function cardSettlement(lines: readonly CardLine[], options: { date: string }): string {
  const row = (l: CardLine) => {
    const [gross, fee] = [BigInt(cents(l.gross)), BigInt(cents(l.fee))];
    const signed = (c: bigint) => (c < 0n ? `-${money(-c)}` : money(c));
    const out = (l.type ?? 'SALE') === 'SALE' ? [gross, gross - fee] : [-gross, -gross - fee];
    return `${options.date},${l.txn},${l.account},${signed(out[0]!)},${l.fee},${signed(out[1]!)},${l.type ?? 'SALE'},4242`;
  };
  return ['settlement_date,transaction_id,account_number,gross_amount,fee,net_amount,type,card_last4', ...lines.map(row)].join('\n') + '\n';
}

export interface AchReturn {
  readonly originalTrace: string;
  readonly amount: string;
  readonly individualId: string;
  readonly code: string;
  readonly trace: string;
}

const FILE_HEADER = '101 12104288209100000192604030712A094101CITY OF EXAMPLE        FIRST BANK OF EXAMPLE          ';
const BATCH_HEADER = '5225CITY OF EXAMPLE                     1990012345PPDWATER BILLAPR 26260403   1121042880000001';

/** A NACHA return file: one PPD batch of returned debits (tc 26, addenda 99) or NOCs (addenda 98, C codes), controls computed. */
export function nachaReturns(items: readonly AchReturn[]): string {
  const records = [FILE_HEADER, BATCH_HEADER];
  for (const r of items) {
    const amount = r.code.startsWith('C') ? '0000000000' : cents(r.amount).padStart(10, '0');
    records.push(`626121042882000123456789     ${amount}${r.individualId.padEnd(15)}${'SMITH JOHN'.padEnd(22)}  1${r.trace}`);
    const info = r.code.startsWith('C') ? '1110000255501234999'.padEnd(44) : ''.padEnd(44);
    records.push(`7${r.code.startsWith('C') ? '98' : '99'}${r.code}${r.originalTrace}      12104288${info}${r.trace}`);
  }
  const hash = (12104288n * BigInt(items.length)) % 10_000_000_000n;
  const debit = items.filter(r => !r.code.startsWith('C')).reduce((s, r) => s + BigInt(cents(r.amount)), 0n);
  const count = String(items.length * 2);
  records.push(`8225${count.padStart(6, '0')}${hash.toString().padStart(10, '0')}${debit.toString().padStart(12, '0')}${'0'.repeat(12)}1990012345${' '.repeat(25)}121042880000001`);
  const blocks = Math.ceil((records.length + 1) / 10);
  records.push(`9000001${String(blocks).padStart(6, '0')}${count.padStart(8, '0')}${hash.toString().padStart(10, '0')}${debit.toString().padStart(12, '0')}${'0'.repeat(12)}${' '.repeat(39)}`);
  while (records.length % 10) records.push('9'.repeat(94));
  return records.join('\n') + '\n';
}

let traceCounter = Math.floor(Math.random() * 1_000_000);
/** A fresh 15-digit trace number (ODFI 12104288 + 7-digit sequence). */
export const nextTrace = () => `12104288${String(++traceCounter % 10_000_000).padStart(7, '0')}`;
