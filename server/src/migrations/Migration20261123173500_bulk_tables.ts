import { Migration } from '@mikro-orm/migrations';

/**
 * Bill runs write a bill, an edit-list row and two ledger entries per account: a foreign-key check
 * on each of those rows locks the account row (FOR KEY SHARE) and nearly doubled the cost of a run.
 * The keys on these bulk tables go; what they guarded is kept another way: accounts and runs are
 * never deleted (a trigger refuses it: an account is closed, a run cancelled), and the rows are
 * written only from existing accounts and runs, which the ledger invariant checks verify.
 */
export class Migration20261123173500_bulk_tables extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "bill" drop constraint if exists "bill_account_id_foreign", drop constraint if exists "bill_run_id_foreign";`);
    this.addSql(`alter table "bill_run_account" drop constraint if exists "bill_run_account_account_id_foreign", drop constraint if exists "bill_run_account_run_id_foreign";`);
    this.addSql(`alter table "ledger_entry" drop constraint if exists "ledger_entry_account_id_foreign";`);
    this.addSql(`create trigger account_never_deleted before delete on "account" for each row execute function refuse_change();`);
    this.addSql(`create trigger bill_run_never_deleted before delete on "bill_run" for each row execute function refuse_change();`);
  }
}
