import { Migration } from '@mikro-orm/migrations';

// The GL account map seeded from ledger/core defaultGlAccountMap, plus the sources of GL-only lines
// (card processor fees, suspense receipts, deposits collected and refunded) and card refunds.
const GL_MAP: readonly (readonly [string, string, string, string, string])[] = [
  ['CHARGE', '', '110-1200', '690-4100', 'Charges: AR / other revenue'],
  ['CHARGE', 'WATER', '110-1200', '610-4100', 'Water sales'],
  ['CHARGE', 'SEWER', '110-1200', '620-4100', 'Sewer charges'],
  ['CHARGE', 'IRRIGATION', '110-1200', '610-4150', 'Irrigation sales'],
  ['CHARGE', 'SOLID_WASTE', '110-1200', '630-4100', 'Solid waste charges'],
  ['CHARGE', 'STORMWATER', '110-1200', '640-4100', 'Stormwater charges'],
  ['PENALTY', '', '110-1200', '610-4500', 'Penalties'],
  ['PENALTY', 'SEWER', '110-1200', '620-4500', 'Sewer penalties'],
  ['ADJUSTMENT', '', '690-4100', '110-1200', 'Adjustments (credit direction)'],
  ['ADJUSTMENT', 'WATER', '610-4100', '110-1200', 'Water adjustments'],
  ['ADJUSTMENT', 'SEWER', '620-4100', '110-1200', 'Sewer adjustments'],
  ['ADJUSTMENT', 'IRRIGATION', '610-4150', '110-1200', 'Irrigation adjustments'],
  ['ADJUSTMENT', 'SOLID_WASTE', '630-4100', '110-1200', 'Solid waste adjustments'],
  ['ADJUSTMENT', 'STORMWATER', '640-4100', '110-1200', 'Stormwater adjustments'],
  ['PAYMENT', '', '101-1000', '110-1200', 'Payments: cash / AR'],
  ['PAYMENT', 'CARD', '101-1050', '110-1200', 'Card payments: card clearing / AR'],
  ['DEPOSIT_APPLIED', '', '210-2300', '110-1200', 'Deposit applied to a final bill'],
  ['REFUND', '', '110-1200', '101-1000', 'Refund of a credit balance'],
  ['TRANSFER', '', '110-1200', '110-1200', 'Transfer between accounts'],
  ['REVERSAL', '', '110-1200', '101-1000', 'Reversal of an unknown kind'],
  ['SOURCE', 'WRITE_OFF', '110-1290', '110-1200', 'Write-off to the allowance for doubtful accounts'],
  ['SOURCE', 'CARD_FEE', '110-1200', '101-6200', 'Card convenience fee charged to the customer'],
  ['SOURCE', 'RETURNED_PAYMENT_FEE', '110-1200', '610-4600', 'Returned-payment fee revenue'],
  ['SOURCE', 'SUSPENSE', '210-2500', '110-1200', 'Payment applied from suspense'],
  ['SOURCE', 'SUSPENSE_RECEIPT', '101-1000', '210-2500', 'Unmatched payment received into suspense (GL only)'],
  ['SOURCE', 'SUSPENSE_RECEIPT_CARD', '101-1050', '210-2500', 'Unmatched card payment received into suspense (GL only)'],
  ['SOURCE', 'CARD_PROCESSOR_FEE', '101-6200', '101-1050', 'Card processor fee expense (GL only)'],
  ['SOURCE', 'CARD_REFUND', '110-1200', '101-1050', 'Card refund by the processor'],
  ['SOURCE', 'CARD_CHARGEBACK', '110-1200', '101-1050', 'Card chargeback'],
  ['SOURCE', 'DEPOSIT_COLLECTED', '101-1000', '210-2300', 'Customer deposit collected (GL only)'],
  ['SOURCE', 'DEPOSIT_REFUNDED', '210-2300', '101-1000', 'Customer deposit refunded (GL only)'],
];

const REASONS: readonly (readonly [string, string, string | null])[] = [
  ['BILLING_ERROR', 'Billing error corrected', null],
  ['METER_ERROR', 'Misread or faulty meter', null],
  ['LEAK', 'Leak adjustment', null],
  ['DUPLICATE_CHARGE', 'Charge billed twice', null],
  ['FEE_WAIVER', 'Fee or penalty waived', null],
  ['GOODWILL', 'Goodwill credit approved by management', null],
  ['WRITE_OFF', 'Uncollectible balance written off', 'WRITE_OFF'],
  ['OTHER', 'Other (say why in the note)', null],
];

const quote = (v: string | null) => (v === null ? 'null' : `'${v.replace(/'/g, "''")}'`);

export class Migration20261123160030_receivables extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "adjustment_status" as enum ('PENDING_APPROVAL', 'POSTED', 'REJECTED');`);
    this.addSql(`create type "deposit_status" as enum ('HELD', 'APPLIED', 'REFUNDED');`);
    this.addSql(`create type "payment_method" as enum ('CASH', 'CHECK', 'CARD', 'ACH', 'LOCKBOX', 'PORTAL');`);
    this.addSql(`create type "payment_batch_kind" as enum ('DRAWER', 'LOCKBOX', 'CARD_SETTLEMENT', 'ACH');`);
    this.addSql(`create type "payment_batch_status" as enum ('OPEN', 'POSTED');`);
    this.addSql(`create type "payment_status" as enum ('POSTED', 'SUSPENSE', 'REVERSED');`);
    this.addSql(`create table "account_draft_status" ("account_id" bigint not null, "draft_allowed" boolean not null, "reason" text null, "returns_in_window" int not null default 0, "changed_on" date not null, constraint "account_draft_status_pkey" primary key ("account_id"));`);

    this.addSql(`create table "ach_notice" ("id" bigserial primary key, "import_file_id" bigint not null, "kind" text not null, "natural_key" text not null, "line" int not null, "account_reference" text null, "account_id" bigint null, "payment_id" bigint null, "original_trace" text not null, "code" text not null, "reason" text null, "corrected_data" text null, "amount" numeric(14,2) not null, "status" text not null, "received_on" date not null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "ach_notice" add constraint "ach_notice_natural_key" unique ("natural_key");`);
    this.addSql(`create index "ach_notice_account_idx" on "ach_notice" ("account_id");`);

    this.addSql(`create table "adjustment" ("id" bigserial primary key, "account_id" bigint not null, "amount" numeric(14,2) not null, "reason_code" text not null, "note" text not null, "service" "service_type" null, "status" "adjustment_status" not null default 'PENDING_APPROVAL', "posted_on" date null, "entry_id" bigint null, "idempotency_key" text null, "request_hash" text null, "bill_id" bigint null, "created_by" bigint null, "created_at" timestamptz not null default now(), "decided_by" bigint null, "decided_at" timestamptz null, "decision_note" text null, constraint adjustment_amount_not_zero check (amount <> 0));`);
    this.addSql(`alter table "adjustment" add constraint "adjustment_idempotency_key" unique ("idempotency_key");`);
    this.addSql(`create index "adjustment_status_idx" on "adjustment" ("status");`);
    this.addSql(`create index "adjustment_account_idx" on "adjustment" ("account_id");`);

    this.addSql(`create table "adjustment_reason" ("code" text not null, "description" text not null, "active" boolean not null default true, "gl_source" text null, constraint "adjustment_reason_pkey" primary key ("code"));`);

    this.addSql(`create table "balance_transfer" ("id" bigserial primary key, "from_account_id" bigint not null, "to_account_id" bigint not null, "amount" numeric(14,2) not null, "posted_on" date not null, "payment_id" bigint null, "reason" text not null, "out_entry_id" bigint not null, "in_entry_id" bigint not null, "idempotency_key" text null, "request_hash" text null, "created_by" bigint null, "created_at" timestamptz not null default now(), constraint balance_transfer_two_accounts check (from_account_id <> to_account_id and amount <> 0));`);
    this.addSql(`alter table "balance_transfer" add constraint "balance_transfer_idempotency_key" unique ("idempotency_key");`);

    this.addSql(`create table "billing_policy" ("id" int not null, "late_fee_percent" numeric(9,4) not null, "late_fee_flat" numeric(14,2) not null, "late_fee_grace_days" int not null, "returned_payment_fee" numeric(14,2) not null, "reconnect_fee" numeric(14,2) not null, "cutoff_minimum_past_due" numeric(14,2) not null, "cutoff_days_past_due" int not null, "leak_min_ratio" numeric(12,6) not null, "leak_once_in_months" int not null, "leak_baseline_periods" int not null, "leak_excess_share" numeric(12,6) not null, "leak_excess_rate" numeric(12,6) not null, "leak_credit_sewer_on_excess" boolean not null, "adjustment_approval_above" numeric(14,2) not null, "deposit_by_class" jsonb not null, "updated_at" timestamptz not null default now(), "updated_by" bigint null, constraint "billing_policy_pkey" primary key ("id"), constraint billing_policy_one_row check (id = 1));`);

    this.addSql(`create table "deposit" ("id" bigserial primary key, "account_id" bigint not null, "amount" numeric(14,2) not null, "status" "deposit_status" not null default 'HELD', "method" "payment_method" not null, "received_on" date not null, "reference" text null, "idempotency_key" text not null, "request_hash" text null, "applied_entry_id" bigint null, "applied_on" date null, "refunded_on" date null, "refund_reference" text null, "closed_by" bigint null, "created_by" bigint null, "created_at" timestamptz not null default now(), constraint deposit_amount_positive check (amount > 0));`);
    this.addSql(`alter table "deposit" add constraint "deposit_idempotency_key" unique ("idempotency_key");`);
    this.addSql(`create index "deposit_account_idx" on "deposit" ("account_id", "status");`);

    this.addSql(`create table "gl_account_map" ("id" bigserial primary key, "rule" text not null, "qualifier" text not null default '', "debit" text not null, "credit" text not null, "description" text not null default '', "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "gl_account_map" add constraint "gl_account_map_rule_key" unique ("rule", "qualifier");`);

    this.addSql(`create table "payment_batch" ("id" bigserial primary key, "kind" "payment_batch_kind" not null, "status" "payment_batch_status" not null default 'OPEN', "name" text not null default '', "methods" text[] not null, "business_date" date not null, "drawer" text null, "control_count" int null, "control_total" numeric(14,2) null, "deposit_total" numeric(14,2) null, "opened_by" bigint null, "opened_at" timestamptz not null default now(), "posted_by" bigint null, "posted_at" timestamptz null);`);
    this.addSql(`create index "payment_batch_date_idx" on "payment_batch" ("business_date", "kind");`);

    this.addSql(`create table "payment_import_file" ("id" bigserial primary key, "format" text not null, "file_name" text not null, "sha256" text not null, "line_count" int not null, "imported" int not null, "duplicates" int not null, "reversed" int not null, "suspense" int not null, "total" numeric(14,2) not null, "batch_id" bigint null, "imported_by" bigint null, "imported_at" timestamptz not null default now());`);
    this.addSql(`alter table "payment_import_file" add constraint "payment_import_file_sha256_key" unique ("sha256");`);

    this.addSql(`create table "refund" ("id" bigserial primary key, "account_id" bigint not null, "kind" text not null, "amount" numeric(14,2) not null, "method" text not null, "refunded_on" date not null, "reference" text null, "reason" text null, "fee" numeric(14,2) null, "entry_id" bigint not null, "idempotency_key" text null, "request_hash" text null, "natural_key" text null, "import_file_id" bigint null, "line" int null, "created_by" bigint null, "created_at" timestamptz not null default now(), constraint refund_amount_positive check (amount > 0));`);
    this.addSql(`alter table "refund" add constraint "refund_idempotency_key" unique ("idempotency_key");`);
    this.addSql(`alter table "refund" add constraint "refund_natural_key" unique ("natural_key");`);
    this.addSql(`create index "refund_account_idx" on "refund" ("account_id");`);

    this.addSql(`create table "payment" ("id" bigserial primary key, "account_id" bigint null, "amount" numeric(14,2) not null, "method" "payment_method" not null, "status" "payment_status" not null default 'POSTED', "received_on" date not null, "reference" text null, "payer_name" text null, "account_reference" text null, "idempotency_key" text null, "request_hash" text null, "natural_key" text null, "batch_id" bigint null, "import_file_id" bigint null, "line" int null, "fee" numeric(14,2) null, "note" text null, "entry_id" bigint null, "via_suspense" boolean not null default false, "suspense_applied_at" timestamptz null, "suspense_applied_by" bigint null, "reversal_entry_id" bigint null, "reversed_on" date null, "reversed_by" bigint null, "return_code" text null, "return_reason" text null, "created_by" bigint null, "created_at" timestamptz not null default now(), constraint payment_amount_positive check (amount > 0));`);
    this.addSql(`alter table "payment" add constraint "payment_idempotency_key" unique ("idempotency_key");`);
    this.addSql(`alter table "payment" add constraint "payment_natural_key" unique ("natural_key");`);
    this.addSql(`create index "payment_received_idx" on "payment" ("received_on", "method");`);
    this.addSql(`create index "payment_reference_idx" on "payment" ("method", "reference");`);
    this.addSql(`create index "payment_batch_idx" on "payment" ("batch_id");`);
    this.addSql(`create index "payment_account_idx" on "payment" ("account_id", "received_on");`);

    this.addSql(`alter table "adjustment" add constraint "adjustment_reason_code_foreign" foreign key ("reason_code") references "adjustment_reason" ("code") on update cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "payment" add constraint "payment_batch_id_foreign" foreign key ("batch_id") references "payment_batch" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ledger_entry" add column "original_kind" "entry_kind" null;`);
    this.addSql(`create index "ledger_entry_posted_brin" on "ledger_entry" using brin ("posted_on");`);
    this.addSql(`create unique index "ledger_entry_payment_key" on "ledger_entry" ("source_id") where kind = 'PAYMENT';`);
    this.addSql(`create unique index "ledger_entry_late_fee_key" on "ledger_entry" ("source_id") where source = 'LATE_FEE';`);
    this.hand();
  }

  /** What the entities cannot say: seeds, the reversal's original kind, audit triggers. */
  private hand(): void {
    this.addSql(`insert into billing_policy (id, late_fee_percent, late_fee_flat, late_fee_grace_days, returned_payment_fee, reconnect_fee, cutoff_minimum_past_due, cutoff_days_past_due,
      leak_min_ratio, leak_once_in_months, leak_baseline_periods, leak_excess_share, leak_excess_rate, leak_credit_sewer_on_excess, adjustment_approval_above, deposit_by_class)
      values (1, 10, 5.00, 5, 30.00, 50.00, 50.00, 30, 2, 12, 3, 0.5, 0, true, 100.00,
      '{"RESIDENTIAL":"50.00","COMMERCIAL":"100.00","INDUSTRIAL":"200.00","INSTITUTIONAL":"100.00","MUNICIPAL":"0.00"}');`);
    this.addSql(`insert into gl_account_map (rule, qualifier, debit, credit, description) values ${GL_MAP.map(r => `(${r.map(quote).join(', ')})`).join(', ')};`);
    this.addSql(`insert into adjustment_reason (code, description, gl_source) values ${REASONS.map(r => `(${r.map(quote).join(', ')})`).join(', ')};`);
    for (const table of ['billing_policy', 'gl_account_map', 'adjustment_reason']) {
      this.addSql(`create trigger ${table}_audit after insert or update or delete on "${table}" for each row execute function audit_row();`);
    }
    // A REVERSAL posts to the GL as a mirror of the kind it reverses (ledger/core glLines): record
    // that kind on every reversal, also when a writer leaves it out. The WHEN clause keeps bulk
    // inserts of other kinds free of the trigger call.
    this.addSql(`
      create function ledger_entry_original_kind() returns trigger language plpgsql as $$
      begin
        select case when kind = 'REVERSAL' then original_kind else kind end into new.original_kind from ledger_entry where id = new.reverses_id;
        return new;
      end $$;`);
    this.addSql(`create trigger ledger_entry_original_kind before insert on "ledger_entry" for each row
      when (new.kind = 'REVERSAL' and new.original_kind is null and new.reverses_id is not null) execute function ledger_entry_original_kind();`);
    // Reversals written before the column existed: a one-time backfill, the only UPDATE ever made.
    this.addSql(`alter table "ledger_entry" disable trigger "ledger_entry_append_only";`);
    this.addSql(`update ledger_entry r set original_kind = case when t.kind = 'REVERSAL' then t.original_kind else t.kind end from ledger_entry t where t.id = r.reverses_id and r.kind = 'REVERSAL' and r.original_kind is null;`);
    this.addSql(`alter table "ledger_entry" enable trigger "ledger_entry_append_only";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "payment" drop constraint "payment_batch_id_foreign";`);

    this.addSql(`drop table if exists "account_draft_status" cascade;`);

    this.addSql(`drop table if exists "ach_notice" cascade;`);

    this.addSql(`drop table if exists "adjustment" cascade;`);

    this.addSql(`drop table if exists "adjustment_reason" cascade;`);

    this.addSql(`drop table if exists "balance_transfer" cascade;`);

    this.addSql(`drop table if exists "billing_policy" cascade;`);

    this.addSql(`drop table if exists "deposit" cascade;`);

    this.addSql(`drop table if exists "gl_account_map" cascade;`);

    this.addSql(`drop table if exists "payment_batch" cascade;`);

    this.addSql(`drop table if exists "payment_import_file" cascade;`);

    this.addSql(`drop table if exists "refund" cascade;`);

    this.addSql(`drop table if exists "payment" cascade;`);

    this.addSql(`drop index "ledger_entry_posted_brin";`);
    this.addSql(`drop trigger if exists "ledger_entry_original_kind" on "ledger_entry";`);
    this.addSql(`drop function if exists ledger_entry_original_kind();`);
    this.addSql(`drop index "ledger_entry_payment_key";`);
    this.addSql(`drop index "ledger_entry_late_fee_key";`);
    this.addSql(`alter table "ledger_entry" drop column "original_kind";`);

    this.addSql(`drop type "adjustment_status";`);
    this.addSql(`drop type "deposit_status";`);
    this.addSql(`drop type "payment_method";`);
    this.addSql(`drop type "payment_batch_kind";`);
    this.addSql(`drop type "payment_batch_status";`);
    this.addSql(`drop type "payment_status";`);
  }

}
