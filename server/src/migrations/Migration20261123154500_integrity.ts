import { Migration } from '@mikro-orm/migrations';

/**
 * What the entities cannot say: numbering sequences, the audit triggers on master data, and the
 * append-only rule of the ledger and the audit log, enforced by PostgreSQL itself (quality.md).
 */
export class Migration20261123154500_integrity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence customer_number_seq start 100001;`);
    this.addSql(`create sequence account_number_seq start 1000001;`);
    this.addSql(`create sequence work_order_number_seq start 100001;`);

    // Row-level audit: who (the transaction's cis.actor setting), when, what, before and after.
    this.addSql(`
      create function audit_row() returns trigger language plpgsql as $$
      declare
        actor jsonb := nullif(current_setting('cis.actor', true), '')::jsonb;
        old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - 'password_hash' end;
        new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - 'password_hash' end;
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
    for (const table of ['app_user', 'customer', 'premise', 'route', 'meter', 'meter_installation', 'billing_cycle', 'account', 'rate_schedule', 'work_order']) {
      this.addSql(`create trigger ${table}_audit after insert or update or delete on "${table}" for each row execute function audit_row();`);
    }

    // Append-only tables: a mistake is corrected by a new row, never by editing history.
    this.addSql(`
      create function refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception '% rows are append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    for (const table of ['ledger_entry', 'audit_event']) {
      this.addSql(`create trigger ${table}_append_only before update or delete on "${table}" for each row execute function refuse_change();`);
      this.addSql(`create trigger ${table}_no_truncate before truncate on "${table}" for each statement execute function refuse_change();`);
    }
  }
}
