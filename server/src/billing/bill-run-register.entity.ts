import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/postgresql';
import { BillRun } from './bill-run.entity.js';

/**
 * The billing register of a run, by service and rate schedule: one row per calculation chunk, so an
 * interrupted calculation resumes without counting a chunk twice (the chunk and its bills commit together).
 */
@Entity({ tableName: 'bill_run_register', readonly: true })
export class BillRunRegister {
  @ManyToOne(() => BillRun, { ref: true, primary: true })
  run!: Ref<BillRun>;

  @Property({ type: 'integer', primary: true })
  chunk!: number;

  @Property({ type: 'text', primary: true })
  service!: string;

  @Property({ type: 'text', primary: true })
  scheduleCode!: string;

  @Property({ type: 'integer' })
  bills!: number;

  @Property({ type: 'decimal', precision: 20, scale: 3 })
  usage!: string;

  @Property({ type: 'decimal', precision: 16, scale: 2 })
  amount!: string;
}
