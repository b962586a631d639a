import { Role, type TestServer } from '../setup/harness.js';
import { installMeter, makeCustomer, makeCycle, makeMeter, makePremise, makeRateSchedule, RESIDENTIAL_SEWER, RESIDENTIAL_WATER, unique } from '../fixtures.js';

export const READ = `mutation($i: MeterReadInput!) { recordMeterRead(input: $i) { id } }`;

export interface ServiceAccount {
  accountId: string;
  meterId: string;
  premiseId: string;
  number: string;
}

/** A cycle with water and sewer schedules. */
export async function makeBillingSetup(t: TestServer) {
  const cycle = await makeCycle(t, { standardDays: 30, dueDays: 20 });
  const water = await makeRateSchedule(t, RESIDENTIAL_WATER);
  const sewer = await makeRateSchedule(t, RESIDENTIAL_SEWER, unique('S-'));
  return { cycle, codes: [water, sewer] };
}

/**
 * An account served since `start` with a meter installed that day (initial read `initial`) and
 * monthly cycle reads on the 1st: `reads` are register values from the month after `start` on.
 */
export async function makeServedAccount(t: TestServer, setup: { cycle: { id: string }; codes: string[] }, opts: {
  start?: string; initial?: string; reads?: { on: string; value: string; flags?: string[] }[]; dials?: number; routeCode?: string; sequence?: number;
} = {}): Promise<ServiceAccount> {
  const start = opts.start ?? '2026-01-01';
  const premise = await makePremise(t, { routeCode: opts.routeCode ?? 'RT-BILL', sequence: opts.sequence ?? 1 });
  const meter = await makeMeter(t, { dials: opts.dials ?? 6 });
  await installMeter(t, meter.id, premise.id, start, opts.initial ?? '0');
  const customer = await makeCustomer(t);
  const { startService } = await t.ok<any>(`mutation($i: StartServiceInput!) { startService(input: $i) { id number status } }`, {
    i: { customerId: customer.id, premiseId: premise.id, startDate: start, cycleId: setup.cycle.id, rateScheduleCodes: setup.codes },
  });
  for (const r of opts.reads ?? []) {
    await t.ok(READ, { i: { meterId: meter.id, readOn: r.on, value: r.value, source: 'AMI', flags: r.flags ?? [] } }, Role.FIELD);
  }
  return { accountId: startService.id, meterId: meter.id, premiseId: premise.id, number: startService.number };
}

/** Monthly reads on the 1st from February with `perMonth` gallons each month, starting from `from`. */
export function monthlyReads(perMonth: number, months: number, from = 0, firstMonth = 2): { on: string; value: string }[] {
  return Array.from({ length: months }, (_, i) => ({
    on: `2026-${String(firstMonth + i).padStart(2, '0')}-01`,
    value: String(from + perMonth * (i + 1)),
  }));
}

export async function waitForStatus(t: TestServer, runId: string, status: string, timeoutMs = 30_000): Promise<any> {
  const start = Date.now();
  for (;;) {
    const { billRun } = await t.ok<any>(`query($id: ID!) { billRun(id: $id) { status error progress { done total } } }`, { id: runId });
    if (billRun.status === status) return billRun;
    if (billRun.error) throw new Error(`run failed: ${billRun.error}`);
    if (Date.now() - start > timeoutMs) throw new Error(`run still ${billRun.status} after ${timeoutMs} ms`);
    await new Promise(r => setTimeout(r, 50));
  }
}
