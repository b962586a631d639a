import { Migration } from '@mikro-orm/migrations';

export class Migration20261123154358_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "customer_class" as enum ('RESIDENTIAL', 'COMMERCIAL', 'INDUSTRIAL', 'INSTITUTIONAL', 'MUNICIPAL');`);
    this.addSql(`create type "register_unit" as enum ('GALLON', 'CUBIC_FOOT');`);
    this.addSql(`create type "meter_status" as enum ('IN_STOCK', 'INSTALLED', 'REMOVED', 'RETIRED');`);
    this.addSql(`create type "meter_read_source" as enum ('AMI', 'HANDHELD', 'MANUAL', 'CUSTOMER', 'FIELD', 'ESTIMATE');`);
    this.addSql(`create type "read_purpose" as enum ('CYCLE', 'INSTALL', 'REMOVAL', 'CHECK');`);
    this.addSql(`create type "meter_read_status" as enum ('VALID', 'CORRECTED');`);
    this.addSql(`create type "service_type" as enum ('WATER', 'SEWER', 'IRRIGATION', 'SOLID_WASTE', 'STORMWATER', 'OTHER');`);
    this.addSql(`create type "volume_unit" as enum ('GALLON', 'KGAL', 'CCF');`);
    this.addSql(`create type "account_status" as enum ('PENDING', 'ACTIVE', 'FINAL', 'CLOSED');`);
    this.addSql(`create type "entry_kind" as enum ('CHARGE', 'PAYMENT', 'ADJUSTMENT', 'PENALTY', 'DEPOSIT_APPLIED', 'REFUND', 'TRANSFER', 'REVERSAL');`);
    this.addSql(`create type "work_order_type" as enum ('TURN_ON', 'TURN_OFF', 'TRANSFER', 'METER_CHANGE', 'RE_READ', 'LEAK_CHECK', 'DISCONNECT', 'RECONNECT', 'TAP_INSTALL', 'ACCESS', 'INVESTIGATE');`);
    this.addSql(`create type "work_order_status" as enum ('OPEN', 'DISPATCHED', 'COMPLETED', 'CLOSED', 'CANCELLED');`);
    this.addSql(`create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_id" bigint null, "actor_email" text null, "operation" text null, "request_id" text null, "entity" text not null, "entity_id" text null, "action" text not null, "before" jsonb null, "after" jsonb null);`);

    this.addSql(`create table "billing_cycle" ("id" bigserial primary key, "code" text not null, "name" text not null, "standard_days" int not null, "due_days" int not null default 20, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "billing_cycle" add constraint "billing_cycle_code_unique" unique ("code");`);

    this.addSql(`create table "customer" ("id" bigserial primary key, "number" text not null, "name" text not null, "email" text null, "phone" text null, "mailing_address" text null, "customer_class" "customer_class" not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "customer" add constraint "customer_number_unique" unique ("number");`);
    this.addSql(`create index "customer_name_idx" on "customer" ("name");`);

    this.addSql(`create table "meter" ("id" bigserial primary key, "serial_number" text not null, "size" text not null, "register_unit" "register_unit" not null, "multiplier" numeric(12,6) not null, "dials" int not null, "ami_endpoint_id" text null, "manufacturer" text null, "model" text null, "status" "meter_status" not null default 'IN_STOCK', "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "meter" add constraint "meter_serial_number_unique" unique ("serial_number");`);
    this.addSql(`alter table "meter" add constraint "meter_ami_endpoint_id_unique" unique ("ami_endpoint_id");`);

    this.addSql(`create table "meter_read" ("id" bigserial primary key, "meter_id" bigint not null, "read_on" date not null, "read_at" timestamptz not null, "value" numeric(18,6) not null, "source" "meter_read_source" not null, "estimated" boolean not null default false, "purpose" "read_purpose" not null default 'CYCLE', "flags" text[] not null default '{}', "status" "meter_read_status" not null default 'VALID', "corrects_id" bigint null, "import_id" bigint null, "note" text null, "created_by" bigint null, "created_at" timestamptz not null default now());`);
    this.addSql(`create unique index "meter_read_valid_key" on "meter_read" ("meter_id", "read_at") where "status" = 'VALID';`);

    this.addSql(`create table "rate_schedule" ("id" bigserial primary key, "code" text not null, "name" text not null, "service" "service_type" not null, "volume_unit" "volume_unit" not null, "effective_from" date not null, "retired_on" date null, "definition" jsonb not null, "created_by" bigint null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "rate_schedule_code_idx" on "rate_schedule" ("code");`);
    this.addSql(`alter table "rate_schedule" add constraint "rate_schedule_code_effective_key" unique ("code", "effective_from");`);

    this.addSql(`create table "route" ("id" bigserial primary key, "code" text not null, "name" text not null default '', "cycle_id" bigint null);`);
    this.addSql(`alter table "route" add constraint "route_code_unique" unique ("code");`);

    this.addSql(`create table "premise" ("id" bigserial primary key, "address" text not null, "city" text not null, "state" text not null, "zip" text not null, "latitude" numeric(9,6) null, "longitude" numeric(9,6) null, "route_id" bigint null, "sequence" int null, "inside_city_limits" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "premise_address_idx" on "premise" ("address");`);
    this.addSql(`create index "premise_route_sequence_idx" on "premise" ("route_id", "sequence");`);

    this.addSql(`create table "meter_installation" ("id" bigserial primary key, "meter_id" bigint not null, "premise_id" bigint not null, "installed_on" date not null, "initial_read" numeric(18,6) not null, "removed_on" date null, "final_read" numeric(18,6) null);`);
    this.addSql(`create unique index "meter_installation_open_premise_key" on "meter_installation" ("premise_id") where "removed_on" is null;`);
    this.addSql(`create unique index "meter_installation_open_meter_key" on "meter_installation" ("meter_id") where "removed_on" is null;`);
    this.addSql(`create index "meter_installation_meter_idx" on "meter_installation" ("meter_id", "installed_on");`);
    this.addSql(`create index "meter_installation_premise_idx" on "meter_installation" ("premise_id", "installed_on");`);

    this.addSql(`create table "account" ("id" bigserial primary key, "number" text not null, "customer_id" bigint not null, "premise_id" bigint not null, "cycle_id" bigint not null, "status" "account_status" not null default 'PENDING', "start_date" date not null, "stop_date" date null, "rate_schedule_codes" text[] not null, "dwelling_units" int not null default 1, "deposit_amount" numeric(14,2) not null default '0', "paperless" boolean not null default false, "penalty_exempt" boolean not null default false, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "account" add constraint "account_number_unique" unique ("number");`);
    this.addSql(`create index "account_customer_idx" on "account" ("customer_id");`);
    this.addSql(`create index "account_premise_idx" on "account" ("premise_id");`);
    this.addSql(`create index "account_cycle_status_idx" on "account" ("cycle_id", "status");`);

    this.addSql(`create table "ledger_entry" ("id" bigserial primary key, "account_id" bigint not null, "kind" "entry_kind" not null, "amount" numeric(14,2) not null, "posted_on" date not null, "due_on" date null, "service" "service_type" null, "method" text null, "description" text not null, "source" text not null, "source_id" bigint null, "reverses_id" bigint null, "created_by" bigint null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "ledger_entry_account_idx" on "ledger_entry" ("account_id", "posted_on");`);

    this.addSql(`create table "app_user" ("id" bigserial primary key, "email" text not null, "name" text not null, "password_hash" text not null, "roles" text[] not null, "active" boolean not null default true, "customer_id" bigint null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" bigserial primary key, "token_hash" text not null, "user_id" bigint not null, "kind" text not null, "label" text null, "created_at" timestamptz not null default now(), "expires_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "work_order" ("id" bigserial primary key, "number" text not null, "type" "work_order_type" not null, "status" "work_order_status" not null default 'OPEN', "account_id" bigint null, "premise_id" bigint not null, "meter_id" bigint null, "reason" text null, "scheduled_for" date null, "notes" text null, "result" jsonb null, "completed_at" timestamptz null, "created_by" bigint null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "work_order" add constraint "work_order_number_unique" unique ("number");`);
    this.addSql(`create index "work_order_premise_idx" on "work_order" ("premise_id");`);
    this.addSql(`create index "work_order_account_idx" on "work_order" ("account_id");`);
    this.addSql(`create index "work_order_status_idx" on "work_order" ("status", "type");`);

    this.addSql(`alter table "meter_read" add constraint "meter_read_meter_id_foreign" foreign key ("meter_id") references "meter" ("id") on update cascade;`);

    this.addSql(`alter table "route" add constraint "route_cycle_id_foreign" foreign key ("cycle_id") references "billing_cycle" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "premise" add constraint "premise_route_id_foreign" foreign key ("route_id") references "route" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "meter_installation" add constraint "meter_installation_meter_id_foreign" foreign key ("meter_id") references "meter" ("id") on update cascade;`);
    this.addSql(`alter table "meter_installation" add constraint "meter_installation_premise_id_foreign" foreign key ("premise_id") references "premise" ("id") on update cascade;`);

    this.addSql(`alter table "account" add constraint "account_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`);
    this.addSql(`alter table "account" add constraint "account_premise_id_foreign" foreign key ("premise_id") references "premise" ("id") on update cascade;`);
    this.addSql(`alter table "account" add constraint "account_cycle_id_foreign" foreign key ("cycle_id") references "billing_cycle" ("id") on update cascade;`);

    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "work_order" add constraint "work_order_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "work_order" add constraint "work_order_premise_id_foreign" foreign key ("premise_id") references "premise" ("id") on update cascade;`);
    this.addSql(`alter table "work_order" add constraint "work_order_meter_id_foreign" foreign key ("meter_id") references "meter" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "route" drop constraint "route_cycle_id_foreign";`);

    this.addSql(`alter table "account" drop constraint "account_cycle_id_foreign";`);

    this.addSql(`alter table "account" drop constraint "account_customer_id_foreign";`);

    this.addSql(`alter table "meter_read" drop constraint "meter_read_meter_id_foreign";`);

    this.addSql(`alter table "meter_installation" drop constraint "meter_installation_meter_id_foreign";`);

    this.addSql(`alter table "work_order" drop constraint "work_order_meter_id_foreign";`);

    this.addSql(`alter table "premise" drop constraint "premise_route_id_foreign";`);

    this.addSql(`alter table "meter_installation" drop constraint "meter_installation_premise_id_foreign";`);

    this.addSql(`alter table "account" drop constraint "account_premise_id_foreign";`);

    this.addSql(`alter table "work_order" drop constraint "work_order_premise_id_foreign";`);

    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_account_id_foreign";`);

    this.addSql(`alter table "work_order" drop constraint "work_order_account_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "billing_cycle" cascade;`);

    this.addSql(`drop table if exists "customer" cascade;`);

    this.addSql(`drop table if exists "meter" cascade;`);

    this.addSql(`drop table if exists "meter_read" cascade;`);

    this.addSql(`drop table if exists "rate_schedule" cascade;`);

    this.addSql(`drop table if exists "route" cascade;`);

    this.addSql(`drop table if exists "premise" cascade;`);

    this.addSql(`drop table if exists "meter_installation" cascade;`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "work_order" cascade;`);

    this.addSql(`drop type "customer_class";`);
    this.addSql(`drop type "register_unit";`);
    this.addSql(`drop type "meter_status";`);
    this.addSql(`drop type "meter_read_source";`);
    this.addSql(`drop type "read_purpose";`);
    this.addSql(`drop type "meter_read_status";`);
    this.addSql(`drop type "service_type";`);
    this.addSql(`drop type "volume_unit";`);
    this.addSql(`drop type "account_status";`);
    this.addSql(`drop type "entry_kind";`);
    this.addSql(`drop type "work_order_type";`);
    this.addSql(`drop type "work_order_status";`);
  }

}
