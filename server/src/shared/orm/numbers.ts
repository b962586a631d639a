import type { EntityManager } from '@mikro-orm/postgresql';

/** Next value of a numbering sequence (customer and account numbers), zero-padded. */
export async function nextNumber(em: EntityManager, sequence: string, width: number, prefix = ''): Promise<string> {
  const [row] = await em.getConnection().execute<{ n: string }[]>(`select nextval('${sequence}')::text as n`, [], 'all', em.getTransactionContext());
  return prefix + row!.n.padStart(width, '0');
}
