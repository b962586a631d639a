import { BillRunAccount } from './bill-run-account.entity.js';
import { BillRunAccountResolver, BillRunActionResolver, BillRunExceptionResolver } from './bill-run-account.resolver.js';
import { BillRunAction } from './bill-run-action.entity.js';
import { BillRunException } from './bill-run-exception.entity.js';
import { BillRunRegister } from './bill-run-register.entity.js';
import { BillRun } from './bill-run.entity.js';
import { BillRunResolver } from './bill-run.resolver.js';
import { Bill } from './bill.entity.js';
import { AccountBillsResolver, BillResolver } from './bill.resolver.js';
import { printRoutes } from './print/print.routes.js';

export const entities = [BillRun, BillRunAccount, BillRunException, BillRunAction, BillRunRegister, Bill];
export const resolvers = [BillRunResolver, BillResolver, AccountBillsResolver, BillRunAccountResolver, BillRunExceptionResolver, BillRunActionResolver] as const;
export const routes = [printRoutes];
