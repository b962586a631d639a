import { Migration } from '@mikro-orm/migrations';

/**
 * A BRIN index on meter_read.read_at: an import finds the reads already on record in its file's
 * time range (its duplicates and conflicts) without probing the unique index read by read.
 */
export class Migration20261123175100_meter_read_brin extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index if not exists "meter_read_read_at_brin" on "meter_read" using brin ("read_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "meter_read_read_at_brin";`);
  }

}
