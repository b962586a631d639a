import 'reflect-metadata';
import pino from 'pino';
import { createUser } from '../auth/auth.service.js';
import { Role } from '../auth/roles.js';
import { approveBillRun, calculateBillRun, createBillRun, postBillRun } from '../billing/bill-run.service.js';
import { workExceptions } from '../billing/edit-list/exception-action.service.js';
import { readConfig } from '../config.js';
import type { AppServices, SessionUser } from '../context.js';
import { createRateSchedule } from '../rating/rate-schedule.service.js';
import { startServices } from '../server.js';
import { addDays, addMonths } from '../shared/dates/index.js';
import { startEmbeddedPostgres } from '../shared/db/embedded-postgres.js';
import { withTransaction } from '../shared/db/transaction.js';
import { updateBillingPolicy } from '../policies/billing-policy.service.js';
import { createDemoRecords } from './seed/demo-records.js';
import { createDemoReads } from './seed/demo-reads.js';
import { DEMO_TARIFFS, demoRateChange } from './seed/demo-tariffs.js';
import { payDemoBills } from './seed/demo-payments.js';

// npm run seed: a demo utility a new user can work in at once (README "Two commands").
const ACCOUNTS = Number(process.env.SEED_ACCOUNTS ?? 2000);
const PASSWORD = 'demo-utility-2026';
const config = readConfig();
const logger = pino({ level: 'warn' });
const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, logger);
const running = await startServices({ ...config, runJobs: false }, config.databaseUrl ?? embedded!.url, logger, { inlineJobs: true });
const app = running.services;
try {
  const { n } = (await app.pool.query(`select count(*)::int n from account`)).rows[0];
  if (n > 0) {
    console.log(`the database already has ${n} accounts: nothing seeded (seed an empty database)`);
  } else await seed(app);
} finally {
  await running.close();
  await embedded?.stop();
}

async function seed(app: AppServices): Promise<void> {
  const started = Date.now();
  const today = app.clock.today();
  const installedOn = addMonths(today.slice(0, 8) + '01', -14);
  const em = app.orm.em.fork();
  const users: Record<string, SessionUser> = {};
  for (const role of [Role.ADMIN, Role.SUPERVISOR, Role.CLERK, Role.FIELD, Role.REPORTING]) {
    const email = `${role.toLowerCase()}@demo.utility`;
    const user = await createUser(em.fork(), { email, name: `Demo ${role.toLowerCase()}`, password: PASSWORD, roles: [role] });
    users[role] = { id: user.id, email, name: user.name, roles: [role], customerId: null, sessionId: '0', kind: 'SESSION' };
  }
  await updateBillingPolicy(em.fork(), { lateFeePercent: '10', lateFeeFlat: '5.00', lateFeeGraceDays: 5, returnedPaymentFee: '30.00', reconnectFee: '50.00',
    leakMinRatio: '2', leakBaselinePeriods: 12, leakExcessShare: '0.5', leakExcessRate: '0', leakOnceInMonths: 12, adjustmentApprovalAbove: '250.00',
    utilityName: 'Millbrook Water & Sewer', remitTo: ['Millbrook Utility Billing', 'PO Box 1000', 'Millbrook, TX 77641'], utilityPhone: '(409) 555-0100', utilityWeb: 'millbrook.example.gov' } as never, users.ADMIN!.id);
  for (const tariff of DEMO_TARIFFS) await createRateSchedule(em.fork(), tariff as never, users.ADMIN!.id);
  await createRateSchedule(em.fork(), demoRateChange(addDays(today.slice(0, 8) + '01', 14)) as never, users.ADMIN!.id);
  const cycleIds: string[] = [];
  await withTransaction(app.pool, async client => {
    for (let c = 1; c <= 4; c++) {
      const { id } = (await client.query(`insert into billing_cycle (code, name, standard_days, due_days) values ($1, $2, 30, 20) returning id::text`,
        [String(c), `Cycle ${c} (reads on the ${2 + 7 * (c - 1)}${c === 1 ? 'nd' : 'th'})`])).rows[0];
      cycleIds.push(id);
    }
    await createDemoRecords(client, ACCOUNTS, cycleIds, installedOn);
    await createDemoReads(client, addMonths(installedOn, 1), today);
  });
  console.log(`seeded ${ACCOUNTS} accounts on 4 cycles and 20 routes with reads since ${installedOn}`);
  const clerk = users.CLERK!;
  const supervisor = users.SUPERVISOR!;
  for (let month = 13; month >= 0; month--) {
    for (let c = 1; c <= 4; c++) {
      const readDay = addMonths(today.slice(0, 8) + '01', -month).slice(0, 8) + String(2 + 7 * (c - 1)).padStart(2, '0');
      if (readDay > today || readDay <= addMonths(installedOn, 1)) continue;
      const window = { cycleId: cycleIds[c - 1]!, readWindowStart: addDays(readDay, -3), readWindowEnd: addDays(readDay, 3), billDate: addDays(readDay, 4) };
      if (month === 0 && window.billDate > today) continue;
      const { id } = await createBillRun(app, window, clerk);
      if (month === 0 && c === 1) continue; // this month's first cycle waits on its edit list
      const open = (await app.pool.query(`select id::text from bill_run_exception where run_id = $1 and status <> 'RESOLVED' and code <> 'NO_READ' and code <> 'NEGATIVE'`, [id])).rows;
      if (open.length) await workExceptions(app, open.map(e => ({ exceptionId: e.id, action: 'ACCEPT' as never, note: 'Reviewed' })), clerk);
      await calculateBillRun(app, id, clerk);
      await waitCalculated(app, id);
      await approveBillRun(app, id, supervisor);
      await postBillRun(app, id, clerk);
      if (month > 0) await payDemoBills(app, id, clerk);
    }
  }
  console.log(`billed 13 months in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`\nDemo users (password "${PASSWORD}"): ${Object.values(users).map(u => u.email).join(', ')}`);
  console.log('Start the server with `npm start` and open http://localhost:4000/admin');
}

async function waitCalculated(app: AppServices, runId: string): Promise<void> {
  for (;;) {
    const { status, error } = (await app.pool.query(`select status, error from bill_run where id = $1`, [runId])).rows[0];
    if (status === 'CALCULATED') return;
    if (error) throw new Error(`bill run ${runId}: ${error}`);
    await new Promise(r => setTimeout(r, 25));
  }
}
