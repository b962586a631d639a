import type pg from 'pg';

/** Who the bill is from and where payments go: the letterhead and the remittance stub. */
export interface UtilityIdentity {
  readonly name: string;
  readonly remitTo: readonly string[];
  readonly phone: string;
  readonly web: string;
}

/** The letterhead as the billing policy holds it (the office edits it with updateBillingPolicy). */
export async function loadUtilityIdentity(db: pg.Pool | pg.ClientBase): Promise<UtilityIdentity> {
  const { rows } = await db.query<UtilityIdentity>(
    `select utility_name as name, remit_to as "remitTo", utility_phone as phone, utility_web as web from billing_policy where id = 1`,
  );
  if (!rows[0]) throw new Error('billing_policy row 1 is missing (run the migrations)');
  return rows[0];
}
