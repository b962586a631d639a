import { Migration } from '@mikro-orm/migrations';

export class Migration20261123155130_billing extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "bill_run_kind" as enum ('CYCLE', 'OFF_CYCLE', 'FINAL', 'REBILL');`);
    this.addSql(`create type "bill_run_status" as enum ('DRAFT', 'EDITS', 'CALCULATING', 'CALCULATED', 'APPROVED', 'POSTING', 'POSTED', 'EXPORTED', 'CANCELLED');`);
    this.addSql(`create type "exception_status" as enum ('OPEN', 'RESOLVED');`);
    this.addSql(`create type "run_disposition" as enum ('BILLABLE', 'HELD', 'BLOCKED');`);
    this.addSql(`create type "bill_kind" as enum ('REGULAR', 'MOVE_IN', 'FINAL', 'OFF_CYCLE', 'REBILL');`);
    this.addSql(`create table "bill_run" ("id" bigserial primary key, "number" text not null, "kind" "bill_run_kind" not null default 'CYCLE', "cycle_id" bigint null, "account_id" bigint null, "status" "bill_run_status" not null default 'DRAFT', "read_window_start" date not null, "read_window_end" date not null, "bill_date" date not null, "due_date" date not null, "total_accounts" int not null default 0, "done_accounts" int not null default 0, "bill_count" int not null default 0, "total" numeric(16,2) not null default '0', "calc_started_at" timestamptz null, "calc_finished_at" timestamptz null, "first_bill_number" bigint null, "approved_at" timestamptz null, "approved_by" bigint null, "posted_at" timestamptz null, "posted_by" bigint null, "exported_at" timestamptz null, "error" text null, "created_by" bigint null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "bill_run" add constraint "bill_run_number_unique" unique ("number");`);
    this.addSql(`create index "bill_run_cycle_idx" on "bill_run" ("cycle_id", "bill_date");`);

    this.addSql(`create table "bill_run_exception" ("id" bigserial primary key, "run_id" bigint not null, "account_id" bigint not null, "code" text not null, "blocking" boolean not null, "message" text not null, "figures" jsonb not null, "status" "exception_status" not null default 'OPEN', "resolution" text null, "resolved_by" bigint null, "resolved_at" timestamptz null, "note" text null, "work_order_id" bigint null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "bill_run_exception_account_idx" on "bill_run_exception" ("run_id", "account_id");`);
    this.addSql(`create index "bill_run_exception_run_idx" on "bill_run_exception" ("run_id", "code", "status");`);

    this.addSql(`create table "bill_run_account" ("run_id" bigint not null, "account_id" bigint not null, "seq" int not null, "disposition" "run_disposition" not null, "hold_reason" text null, "period_start" date null, "period_end" date null, "days" int null, "usage" numeric(18,3) null, "average_daily" numeric(18,6) null, "partial" text null, "estimated" boolean not null, "facts" jsonb not null, constraint "bill_run_account_pkey" primary key ("run_id", "account_id"));`);
    this.addSql(`create index "bill_run_account_seq_idx" on "bill_run_account" ("run_id", "seq");`);

    this.addSql(`create table "bill" ("id" bigserial primary key, "run_id" bigint not null, "account_id" bigint not null, "bill_seq" int not null, "kind" "bill_kind" not null, "period_start" date not null, "period_end" date not null, "days" int not null, "usage" numeric(18,3) not null, "estimated" boolean not null default false, "reads" jsonb not null, "lines" jsonb not null, "service_totals" jsonb not null, "total" numeric(14,2) not null, "bill_date" date not null, "due_date" date not null, "end_read_id" bigint null, "cancelled_at" timestamptz null, "cancelled_by" bigint null, "cancel_reason" text null, "rebill_of_id" bigint null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "bill_account_period_idx" on "bill" ("account_id", "period_end");`);
    this.addSql(`alter table "bill" add constraint "bill_run_account_key" unique ("run_id", "account_id");`);
    this.addSql(`alter table "bill" add constraint "bill_run_seq_key" unique ("run_id", "bill_seq");`);

    this.addSql(`alter table "bill_run" add constraint "bill_run_cycle_id_foreign" foreign key ("cycle_id") references "billing_cycle" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "bill_run_exception" add constraint "bill_run_exception_run_id_foreign" foreign key ("run_id") references "bill_run" ("id") on update cascade;`);
    this.addSql(`alter table "bill_run_exception" add constraint "bill_run_exception_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "bill_run_account" add constraint "bill_run_account_run_id_foreign" foreign key ("run_id") references "bill_run" ("id") on update cascade;`);
    this.addSql(`alter table "bill_run_account" add constraint "bill_run_account_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "bill" add constraint "bill_run_id_foreign" foreign key ("run_id") references "bill_run" ("id") on update cascade;`);
    this.addSql(`alter table "bill" add constraint "bill_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);

    // Bill numbers are reserved in one block per run at posting; run numbers name runs for clerks.
    this.addSql(`create sequence bill_number_seq start 1;`);
    this.addSql(`create sequence bill_run_number_seq start 1001;`);
    this.addSql(`create trigger bill_run_audit after insert or update or delete on "bill_run" for each row execute function audit_row();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "bill_run_exception" drop constraint "bill_run_exception_run_id_foreign";`);

    this.addSql(`alter table "bill_run_account" drop constraint "bill_run_account_run_id_foreign";`);

    this.addSql(`alter table "bill" drop constraint "bill_run_id_foreign";`);

    this.addSql(`drop table if exists "bill_run" cascade;`);

    this.addSql(`drop table if exists "bill_run_exception" cascade;`);

    this.addSql(`drop table if exists "bill_run_account" cascade;`);

    this.addSql(`drop table if exists "bill" cascade;`);

    this.addSql(`drop type "bill_run_kind";`);
    this.addSql(`drop type "bill_run_status";`);
    this.addSql(`drop type "exception_status";`);
    this.addSql(`drop type "run_disposition";`);
    this.addSql(`drop type "bill_kind";`);
  }

}
