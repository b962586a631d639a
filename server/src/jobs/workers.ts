import type { AppServices } from '../context.js';
import { CALCULATE_JOB } from '../billing/bill-run.service.js';
import { calculateRun } from '../billing/calculation/calculate-run.js';
import { registerReadWorkers } from '../reads/import/refresh-edit-lists.js';

/** Registers the background workers of every domain (bill-run calculation, large imports). */
export async function registerWorkers(services: AppServices): Promise<void> {
  await registerReadWorkers(services);
  await services.jobs.work(CALCULATE_JOB, async data => {
    const runId = String(data.runId);
    try {
      await calculateRun(services.pool, services.orm.em, runId);
    } catch (error) {
      services.logger.error({ err: error, runId }, 'bill run calculation failed');
      await services.pool.query(`update bill_run set error = $2 where id = $1`, [runId, (error as Error).message]);
      throw error;
    }
  });
}
