import { Migration } from '@mikro-orm/migrations';

export class Migration20261123174650_utility_letterhead extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "billing_policy" add column "utility_name" text not null default 'City Water & Sewer Utility', add column "remit_to" jsonb not null default '["Utility Billing Office"]', add column "utility_phone" text not null default '', add column "utility_web" text not null default '';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "billing_policy" drop column "utility_name", drop column "remit_to", drop column "utility_phone", drop column "utility_web";`);
  }

}
