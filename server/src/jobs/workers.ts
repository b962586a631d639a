import type { AppServices } from '../context.js';

/** Registers the background workers of every domain (bill-run calculation, large imports). */
export async function registerWorkers(_services: AppServices): Promise<void> {}
