import { Migration } from '@mikro-orm/migrations';

/** Meter-read imports: the imported files, the orphan and AMI alert queues, and the read schedule of cycles. */
export class Migration20261123162129_read_imports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "orphan_reason" as enum ('UNKNOWN_METER', 'METER_MISMATCH', 'NOT_INSTALLED', 'CONFLICT');`);
    this.addSql(`create type "orphan_status" as enum ('OPEN', 'RESOLVED', 'DISMISSED');`);
    this.addSql(`create type "ami_alert_flag" as enum ('LEAK', 'REVERSE_FLOW', 'TAMPER', 'NO_READ', 'NO_FLOW');`);
    this.addSql(`create type "ami_alert_status" as enum ('OPEN', 'ACKNOWLEDGED', 'WORK_ORDER');`);
    this.addSql(`create table "read_import" ("id" bigserial primary key, "file_name" text not null, "sha256" text not null, "format" text check ("format" in ('AMI_CSV', 'BEACON_CSV', 'NEPTUNE_ROUTE', 'LOCKBOX_CSV', 'LOCKBOX_FIXED', 'CARD_SETTLEMENT_CSV', 'NACHA_RETURN')) not null, "status" text check ("status" in ('IMPORTED')) not null default 'IMPORTED', "reads" int not null, "imported" int not null, "duplicates" int not null, "orphans" int not null, "conflicts" int not null, "alerts" int not null, "no_reads" int not null, "imported_by" bigint null, "imported_at" timestamptz not null default now());`);
    this.addSql(`alter table "read_import" add constraint "read_import_sha256_key" unique ("sha256");`);
    this.addSql(`create index "read_import_imported_at_idx" on "read_import" ("imported_at");`);

    this.addSql(`create table "read_orphan" ("id" bigserial primary key, "read_import_id" bigint not null, "line" int not null, "endpoint_id" text null, "meter_serial" text null, "reading" numeric(18,6) not null, "unit" text not null, "value" numeric(18,6) null, "read_at" timestamptz not null, "read_on" date not null, "flags" text[] not null default '{}', "reason" "orphan_reason" not null, "meter_id" bigint null, "existing_read_id" bigint null, "status" "orphan_status" not null default 'OPEN', "resolved_meter_id" bigint null, "resolved_read_id" bigint null, "note" text null, "handled_by" bigint null, "handled_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "read_orphan_open_key" on "read_orphan" (coalesce("endpoint_id", ''), coalesce("meter_serial", ''), "read_at") where "status" = 'OPEN';`);
    this.addSql(`create index "read_orphan_import_idx" on "read_orphan" ("read_import_id");`);
    this.addSql(`create index "read_orphan_status_idx" on "read_orphan" ("status", "id");`);

    this.addSql(`create table "read_schedule" ("id" bigserial primary key, "cycle_id" bigint not null, "read_date" date not null, "window_start" date not null, "window_end" date not null, "note" text null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "read_schedule" add constraint "read_schedule_cycle_date_key" unique ("cycle_id", "read_date");`);

    this.addSql(`create table "ami_alert" ("id" bigserial primary key, "meter_id" bigint not null, "read_id" bigint null, "premise_id" bigint null, "account_id" bigint null, "flag" "ami_alert_flag" not null, "read_at" timestamptz null, "read_on" date not null, "read_import_id" bigint not null, "status" "ami_alert_status" not null default 'OPEN', "note" text null, "work_order_id" bigint null, "handled_by" bigint null, "handled_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "ami_alert_import_idx" on "ami_alert" ("read_import_id");`);
    this.addSql(`create index "ami_alert_meter_idx" on "ami_alert" ("meter_id", "read_on");`);
    this.addSql(`create index "ami_alert_status_idx" on "ami_alert" ("status", "id");`);

    this.addSql(`alter table "read_orphan" add constraint "read_orphan_read_import_id_foreign" foreign key ("read_import_id") references "read_import" ("id") on update cascade;`);
    this.addSql(`alter table "read_orphan" add constraint "read_orphan_meter_id_foreign" foreign key ("meter_id") references "meter" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "read_orphan" add constraint "read_orphan_resolved_meter_id_foreign" foreign key ("resolved_meter_id") references "meter" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "read_schedule" add constraint "read_schedule_cycle_id_foreign" foreign key ("cycle_id") references "billing_cycle" ("id") on update cascade;`);

    this.addSql(`alter table "ami_alert" add constraint "ami_alert_meter_id_foreign" foreign key ("meter_id") references "meter" ("id") on update cascade;`);
    this.addSql(`alter table "ami_alert" add constraint "ami_alert_premise_id_foreign" foreign key ("premise_id") references "premise" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ami_alert" add constraint "ami_alert_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ami_alert" add constraint "ami_alert_read_import_id_foreign" foreign key ("read_import_id") references "read_import" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ami_alert" cascade;`);
    this.addSql(`drop table if exists "read_orphan" cascade;`);
    this.addSql(`drop table if exists "read_import" cascade;`);
    this.addSql(`drop table if exists "read_schedule" cascade;`);
    this.addSql(`drop type "orphan_reason";`);
    this.addSql(`drop type "orphan_status";`);
    this.addSql(`drop type "ami_alert_flag";`);
    this.addSql(`drop type "ami_alert_status";`);
  }
}
