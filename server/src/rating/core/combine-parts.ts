import { ZERO, type Dec } from '../../shared/money/index.js';
import type { BillContext } from './bill-context.js';
import type { DraftLine } from './make-line.js';
import { roundCents } from './round-cents.js';
import { applyScale, makeScale, type Scale } from './scale.js';

interface Member {
  readonly line: DraftLine;
  readonly days: number;
  /** days / D, null when the part is the whole period. */
  readonly share: Scale | null;
}

/** The lines a version gave for the whole period, and the days of its part. */
export interface RatedPart {
  readonly days: number;
  readonly lines: DraftLine[];
}

/**
 * Splits the lines of a period rated per version into their parts (billing-rules.md: "Periods and
 * proration": usage and fixed charges are split in proportion to days, each part rated by its own
 * version). Each part's lines were rated as if its version covered the whole period of D days; a
 * part of d days takes d/D of them (rateTiers already shows its quantities for the part). Lines of
 * the same kind and description in the parts are one charge: its total is rounded once,
 * round(Σ amount × d ÷ D), and allocated to the parts: every part but the last gets its exact share
 * rounded to cents, the last part the remainder. So the parts always sum to the rounded whole (no
 * split creates or loses a cent), each part is within a cent of its share, and a split where the
 * rates do not change bills exactly what the unsplit period bills. Mutates the lines; returns
 * their total.
 */
export function combineParts(bill: BillContext, parts: readonly RatedPart[]): Dec {
  let total = ZERO;
  for (const members of groupLines(bill, parts)) total = total.plus(allocateGroup(bill, members));
  return total;
}

/** The lines of each charge across the parts: by position when the parts list the same charges. */
function groupLines(bill: BillContext, parts: readonly RatedPart[]): Member[][] {
  const members = parts.map(p => {
    const share = makeScale(p.days, bill.days);
    return p.lines.map((line): Member => ({ line, days: p.days, share }));
  });
  const first = members[0]!;
  const aligned = members.every(
    m =>
      m.length === first.length &&
      m.every(
        (x, i) => x.line.kind === first[i]!.line.kind && x.line.description === first[i]!.line.description,
      ),
  );
  if (aligned) return first.map((_, i) => members.map(m => m[i]!));
  const groups = new Map<string, Member[]>();
  for (const member of members.flat()) {
    const key = `${member.line.kind}|${member.line.description}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [member]);
    else group.push(member);
  }
  return [...groups.values()];
}

/** One charge across the parts: round its total once, give each part its share (see above). */
function allocateGroup(bill: BillContext, members: readonly Member[]): Dec {
  const last = members.length - 1;
  if (last === 0) {
    const amount = roundCents(applyScale(members[0]!.line.amount, members[0]!.share));
    splitLine(bill, members[0]!, amount);
    return amount;
  }
  if (members.every(m => m.line.amount.isZero())) {
    for (const m of members) splitLine(bill, m, ZERO);
    return ZERO;
  }
  const weighted = members.map(m => m.line.amount.times(m.days));
  const total = roundCents(weighted.reduce((sum, w) => sum.plus(w), ZERO).div(bill.days));
  let given = ZERO;
  for (let i = 0; i < last; i += 1) {
    const amount = roundCents(weighted[i]!.div(bill.days));
    given = i === 0 ? amount : given.plus(amount);
    splitLine(bill, members[i]!, amount);
  }
  splitLine(bill, members[last]!, total.minus(given));
  return total;
}

function splitLine(bill: BillContext, { line, days, share }: Member, amount: Dec): void {
  line.amount = amount;
  if (line.kind === 'PERCENT' || line.factor === null) {
    line.factor = share === null ? null : share.value;
    line.factorDays = share === null ? null : bill.days;
  } else {
    line.factor = makeScale(days, bill.standardDays)?.value ?? null;
    line.factorDays = line.factor === null ? null : bill.standardDays;
  }
}
