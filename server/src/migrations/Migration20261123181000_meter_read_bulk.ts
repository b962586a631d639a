import { Migration } from '@mikro-orm/migrations';

/**
 * A read import writes millions of reads: the foreign-key check of each one locks its meter row
 * (FOR KEY SHARE) and halved the import rate. The key goes the way of the bill run's bulk tables:
 * every path that writes a read takes the meter from the database (the import's match, a
 * correction, a final read), and a meter is never deleted (a trigger refuses it: it is retired).
 */
export class Migration20261123181000_meter_read_bulk extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "meter_read" drop constraint if exists "meter_read_meter_id_foreign";`);
    this.addSql(`create function refuse_delete() returns trigger language plpgsql as $$
      begin
        raise exception '% rows are never deleted (retire, close or cancel them instead)', tg_table_name using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger meter_never_deleted before delete on "meter" for each row execute function refuse_delete();`);
    for (const table of ['account', 'bill_run']) {
      this.addSql(`drop trigger ${table}_never_deleted on "${table}";`);
      this.addSql(`create trigger ${table}_never_deleted before delete on "${table}" for each row execute function refuse_delete();`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists meter_never_deleted on "meter";`);
    for (const table of ['account', 'bill_run']) {
      this.addSql(`drop trigger ${table}_never_deleted on "${table}";`);
      this.addSql(`create trigger ${table}_never_deleted before delete on "${table}" for each row execute function refuse_change();`);
    }
    this.addSql(`drop function refuse_delete();`);
    this.addSql(`alter table "meter_read" add constraint "meter_read_meter_id_foreign" foreign key ("meter_id") references "meter" ("id") on update cascade;`);
  }
}
