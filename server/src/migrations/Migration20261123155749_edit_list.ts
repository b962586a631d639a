import { Migration } from '@mikro-orm/migrations';

export class Migration20261123155749_edit_list extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "bill_run_register" ("run_id" bigint not null, "chunk" int not null, "service" text not null, "schedule_code" text not null, "bills" int not null, "usage" numeric(20,3) not null, "amount" numeric(16,2) not null, constraint "bill_run_register_pkey" primary key ("run_id", "chunk", "service", "schedule_code"));`);

    this.addSql(`create table "bill_run_action" ("id" bigserial primary key, "run_id" bigint not null, "account_id" bigint not null, "kind" text not null, "code" text null, "work_order_type" text null, "work_order_id" bigint null, "by_user_id" bigint not null, "by_email" text not null, "at" timestamptz not null default now(), "note" text null);`);
    this.addSql(`create index "bill_run_action_account_idx" on "bill_run_action" ("run_id", "account_id");`);

    this.addSql(`alter table "bill_run_register" add constraint "bill_run_register_run_id_foreign" foreign key ("run_id") references "bill_run" ("id") on update cascade;`);

    this.addSql(`alter table "bill_run_action" add constraint "bill_run_action_run_id_foreign" foreign key ("run_id") references "bill_run" ("id") on update cascade;`);
    this.addSql(`alter table "bill_run_action" add constraint "bill_run_action_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "bill_run" add column "thresholds" jsonb null;`);

    this.addSql(`alter type "exception_status" add value if not exists 'RECHECK' after 'RESOLVED';`);

    this.addSql(`drop index "bill_run_exception_account_idx";`);

    this.addSql(`alter table "bill_run_exception" add constraint "bill_run_exception_key" unique ("run_id", "account_id", "code");`);
    // Who did what on the edit list is history: never edited.
    this.addSql(`create trigger bill_run_action_append_only before update or delete on "bill_run_action" for each row execute function refuse_change();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bill_run_register" cascade;`);

    this.addSql(`drop table if exists "bill_run_action" cascade;`);

    this.addSql(`alter table "bill_run" drop column "thresholds";`);

    this.addSql(`alter table "bill_run_exception" drop constraint "bill_run_exception_key";`);

    this.addSql(`create index "bill_run_exception_account_idx" on "bill_run_exception" ("run_id", "account_id");`);
  }

}
