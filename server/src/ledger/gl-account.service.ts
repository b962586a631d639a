import type { EntityManager } from '@mikro-orm/postgresql';
import { InputProblems } from '../shared/graphql/errors.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { springbrookSegments, type GlAccountMap, type GlPair } from './core/index.js';
import { ENTRY_KINDS, PAYMENT_METHODS, SERVICE_TYPES } from './core/types.js';
import { GlAccountMapping } from './gl-account.entity.js';
import type { GlAccountMappingInput } from './gl-account.inputs.js';
import { rows, type Db } from './sql.js';

export const glAccountList: ListSpec<GlAccountMapping> = {
  entity: GlAccountMapping,
  filters: { rule: 'rule', qualifier: 'qualifier' },
  search: ['rule', 'qualifier', 'debit', 'credit', 'description'],
  orderBy: { RULE: 'rule' },
  defaultOrder: 'RULE',
};

export const listGlAccountMappings = (em: EntityManager, args: ListArgs) => paginate(em, glAccountList, args);

type Row = { rule: string; qualifier: string; debit: string; credit: string };

/** The GL account map the pure core reads, built from the gl_account_map rows. */
export function glMapOf(list: readonly Row[]): GlAccountMap {
  const pair = (r: Row): GlPair => ({ debit: r.debit, credit: r.credit });
  const of = (rule: string) => list.filter(r => r.rule === rule);
  const byQualifier = (rule: string) => Object.fromEntries(of(rule).filter(r => r.qualifier !== '').map(r => [r.qualifier, pair(r)]));
  const defaultOf = (rule: string) => {
    const row = of(rule).find(r => r.qualifier === '');
    if (!row) throw new Error(`gl_account_map has no default row for ${rule}`);
    return pair(row);
  };
  return {
    CHARGE: { default: defaultOf('CHARGE'), byService: byQualifier('CHARGE') },
    PENALTY: { default: defaultOf('PENALTY'), byService: byQualifier('PENALTY') },
    ADJUSTMENT: { default: defaultOf('ADJUSTMENT'), byService: byQualifier('ADJUSTMENT') },
    PAYMENT: { default: defaultOf('PAYMENT'), byMethod: byQualifier('PAYMENT') },
    DEPOSIT_APPLIED: defaultOf('DEPOSIT_APPLIED'),
    REFUND: defaultOf('REFUND'),
    TRANSFER: defaultOf('TRANSFER'),
    REVERSAL: defaultOf('REVERSAL'),
    bySource: byQualifier('SOURCE'),
  };
}

export async function loadGlAccountMap(db: Db): Promise<GlAccountMap> {
  return glMapOf(await rows<Row>(db, 'select rule, qualifier, debit, credit from gl_account_map'));
}

const QUALIFIERS: Record<string, readonly string[] | 'ANY'> = {
  CHARGE: SERVICE_TYPES,
  PENALTY: SERVICE_TYPES,
  ADJUSTMENT: SERVICE_TYPES,
  PAYMENT: PAYMENT_METHODS,
  SOURCE: 'ANY',
};

function checkMapping(input: GlAccountMappingInput): InputProblems {
  const problems = new InputProblems();
  const rule = input.rule.trim().toUpperCase();
  const qualifier = (input.qualifier ?? '').trim().toUpperCase();
  problems.check(rule === 'SOURCE' || (ENTRY_KINDS as readonly string[]).includes(rule), 'rule', `must be an entry kind or SOURCE`);
  const allowed = QUALIFIERS[rule];
  if (qualifier !== '') problems.check(allowed === 'ANY' || (allowed ?? []).includes(qualifier), 'qualifier', `is not a qualifier of ${rule}`);
  else problems.check(rule !== 'SOURCE', 'qualifier', 'a SOURCE rule names its source');
  for (const side of ['debit', 'credit'] as const) {
    try {
      springbrookSegments(input[side].trim());
    } catch {
      problems.add(side, 'must be a GL account of up to seven dash-separated segments, e.g. 610-4100');
    }
  }
  return problems;
}

/** Creates or changes the pair of one rule and qualifier (ADMIN). Audited by the table's trigger. */
export async function saveGlAccountMapping(em: EntityManager, input: GlAccountMappingInput): Promise<GlAccountMapping> {
  checkMapping(input).throwIfAny();
  const rule = input.rule.trim().toUpperCase();
  const qualifier = (input.qualifier ?? '').trim().toUpperCase();
  return em.transactional(async tx => {
    const row = (await tx.findOne(GlAccountMapping, { rule, qualifier })) ?? tx.create(GlAccountMapping, { rule, qualifier, debit: '', credit: '' });
    row.debit = input.debit.trim();
    row.credit = input.credit.trim();
    if (input.description !== undefined && input.description !== null) row.description = input.description.trim();
    row.updatedAt = new Date();
    await tx.flush();
    return row;
  });
}
