import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { BillRunAccount } from './bill-run-account.entity.js';
import { BillRunException } from './bill-run-exception.entity.js';
import { BillRun } from './bill-run.entity.js';
import { Bill } from './bill.entity.js';

export const billRunList: ListSpec<BillRun> = {
  entity: BillRun,
  filters: { id: 'id', number: 'number', status: 'status', kind: 'kind', cycleId: 'cycle', billDate: 'billDate' },
  orderBy: { NUMBER: 'number', BILL_DATE: 'billDate', CREATED_AT: 'createdAt' },
  defaultOrder: 'CREATED_AT',
};

export const exceptionList: ListSpec<BillRunException> = {
  entity: BillRunException,
  filters: { code: 'code', status: 'status', blocking: 'blocking', accountId: 'account', routeCode: 'account.premise.route.code' },
  orderBy: { ACCOUNT: 'account.number', CODE: 'code' },
  defaultOrder: 'ACCOUNT',
  populate: ['account'],
};

export const runAccountList: ListSpec<BillRunAccount> = {
  entity: BillRunAccount,
  filters: { disposition: 'disposition', accountId: 'account' },
  orderBy: { SEQ: 'seq' },
  defaultOrder: 'SEQ',
  tiebreak: 'seq',
};

export const billList: ListSpec<Bill> = {
  entity: Bill,
  filters: { id: 'id', accountId: 'account', runId: 'run', kind: 'kind', billDate: 'billDate', periodEnd: 'periodEnd' },
  orderBy: { PERIOD_END: 'periodEnd', BILL_DATE: 'billDate', RUN_ORDER: 'billSeq' },
  defaultOrder: 'PERIOD_END',
};

export const listBillRuns = (em: EntityManager, args: ListArgs) => paginate(em, billRunList, args);
export const listExceptions = (em: EntityManager, args: ListArgs, runId: string) => paginate(em, exceptionList, args, { run: runId });
export const listRunAccounts = (em: EntityManager, args: ListArgs, where: object) => paginate(em, runAccountList, args, where);
export const listBills = (em: EntityManager, args: ListArgs, where?: object) => paginate(em, billList, args, where);
