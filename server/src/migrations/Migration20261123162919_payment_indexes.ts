import { Migration } from '@mikro-orm/migrations';

/**
 * Imports write 100,000 payments in one transaction: indexes only some rows need become partial
 * (idempotency keys of counter payments, natural keys of imported lines, ACH traces, the suspense
 * queue) and the date index becomes BRIN, so each imported row costs fewer index writes. The
 * foreign keys to the batch and the account go (each cost ~0.6 s per 100,000 rows): the services
 * check both, an import writes rows of the batch it just made, and a posted payment's ledger entry
 * keeps its own foreign key to the account.
 */
export class Migration20261123162919_payment_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "payment_received_idx";`);
    this.addSql(`drop index "payment_reference_idx";`);
    this.addSql(`alter table "payment" drop constraint "payment_batch_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_account_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_idempotency_key";`);
    this.addSql(`alter table "payment" drop constraint "payment_natural_key";`);
    this.addSql(`create unique index "payment_idempotency_key" on "payment" ("idempotency_key") where idempotency_key is not null;`);
    this.addSql(`create unique index "payment_natural_key" on "payment" ("natural_key") where natural_key is not null;`);

    this.addSql(`create index "payment_suspense_idx" on "payment" ("received_on") where status = 'SUSPENSE';`);
    this.addSql(`create index "payment_received_brin" on "payment" using brin ("received_on");`);
    this.addSql(`create index "payment_ach_trace_idx" on "payment" ("reference") where method = 'ACH';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "payment_suspense_idx";`);
    this.addSql(`drop index "payment_received_brin";`);
    this.addSql(`drop index "payment_ach_trace_idx";`);
    this.addSql(`drop index "payment_idempotency_key";`);
    this.addSql(`drop index "payment_natural_key";`);
    this.addSql(`alter table "payment" add constraint "payment_idempotency_key" unique ("idempotency_key");`);
    this.addSql(`alter table "payment" add constraint "payment_natural_key" unique ("natural_key");`);

    this.addSql(`create index "payment_received_idx" on "payment" ("received_on", "method");`);
    this.addSql(`create index "payment_reference_idx" on "payment" ("method", "reference");`);
  }

}
