import { Migration } from '@mikro-orm/migrations';

/** A read whose meter was found changed in the field goes to the orphan queue, not onto the listed meter. */
export class Migration20261123202000_orphan_meter_changed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "orphan_reason" add value if not exists 'METER_CHANGED';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; an unused one is harmless.
  }
}
