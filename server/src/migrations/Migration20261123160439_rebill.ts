import { Migration } from '@mikro-orm/migrations';

export class Migration20261123160439_rebill extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "bill_run" add column "rebill_of_id" bigint null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "bill_run" drop column "rebill_of_id";`);
  }

}
