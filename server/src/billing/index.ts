import { BillRunAccount } from './bill-run-account.entity.js';
import { BillRunAction } from './bill-run-action.entity.js';
import { BillRunRegister } from './bill-run-register.entity.js';
import { BillRunException } from './bill-run-exception.entity.js';
import { BillRun } from './bill-run.entity.js';
import { Bill } from './bill.entity.js';

export const entities = [BillRun, BillRunAccount, BillRunException, BillRunAction, BillRunRegister, Bill];
export const resolvers = [] as const;
