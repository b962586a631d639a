import { Migration } from '@mikro-orm/migrations';

/**
 * More of the office's mutations in the audit log, by row triggers on the tables they change:
 * sessions and API tokens (sign-in, sign-out, create, revoke), payment batches (open, balance,
 * post), read schedules, and the work on the read queues (acknowledging an AMI alert, resolving or
 * dismissing an orphan read). The queues are filled in bulk by imports, which write one summary
 * event each, so only their updates are audited row by row. Token hashes stay out of the log.
 */
const ALL = ['session', 'payment_batch', 'read_schedule'];
const UPDATES = ['ami_alert', 'read_orphan'];

export class Migration20261123201000_audit_more extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function audit_row() returns trigger language plpgsql as $$
      declare
        actor jsonb := nullif(current_setting('cis.actor', true), '')::jsonb;
        old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - 'password_hash' - 'token_hash' end;
        new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - 'password_hash' - 'token_hash' end;
        changed jsonb;
      begin
        if tg_op = 'UPDATE' then
          select jsonb_object_agg(key, value) into changed from jsonb_each(new_row) where old_row -> key is distinct from value;
          if changed is null then return new; end if;
          select jsonb_object_agg(key, old_row -> key) into old_row from jsonb_object_keys(changed) as key;
          new_row := changed;
        end if;
        insert into audit_event (actor_id, actor_email, operation, request_id, entity, entity_id, action, before, after)
        values ((actor ->> 'userId')::bigint, coalesce(actor ->> 'email', session_user), actor ->> 'operation', actor ->> 'requestId',
                tg_table_name, coalesce(new_row ->> 'id', old_row ->> 'id', (to_jsonb(coalesce(new, old)) ->> 'id')), tg_op, old_row, new_row);
        return coalesce(new, old);
      end $$;`);
    for (const table of ALL) this.addSql(`create trigger ${table}_audit after insert or update or delete on "${table}" for each row execute function audit_row();`);
    for (const table of UPDATES) this.addSql(`create trigger ${table}_audit after update or delete on "${table}" for each row execute function audit_row();`);
  }

  override async down(): Promise<void> {
    for (const table of [...ALL, ...UPDATES]) this.addSql(`drop trigger if exists ${table}_audit on "${table}";`);
  }
}
