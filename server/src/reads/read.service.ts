import type { EntityManager } from '@mikro-orm/postgresql';
import { auditWithEm } from '../audit/audit.service.js';
import { MeterInstallation } from '../meters/meter-installation.entity.js';
import { checkRegisterReading, getMeter } from '../meters/meter.service.js';
import { isCalendarDate } from '../shared/dates/index.js';
import { BadUserInput, Conflict, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { dec } from '../shared/money/index.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { clean } from '../shared/validation.js';
import { MeterRead } from './meter-read.entity.js';
import { MeterReadStatus, ReadPurpose } from './read-enums.js';
import type { CorrectMeterReadInput, MeterReadInput } from './read.inputs.js';

export const READ_FLAGS = ['LEAK', 'REVERSE_FLOW', 'TAMPER', 'NO_READ', 'NO_FLOW', 'ESTIMATED', 'METER_CHANGED', 'LOW_BATTERY'] as const;

export const meterReadList: ListSpec<MeterRead> = {
  entity: MeterRead,
  filters: { id: 'id', meterId: 'meter', readOn: 'readOn', source: 'source', status: 'status', purpose: 'purpose', importId: 'importId' },
  orderBy: { READ_AT: 'readAt', CREATED_AT: 'createdAt' },
  defaultOrder: 'READ_AT',
};

export const listMeterReads = (em: EntityManager, args: ListArgs, extra?: object) => paginate(em, meterReadList, args, extra as never);

/** A read without a time is taken at midday UTC: the same calendar day in every US time zone. */
export const middayOf = (date: string) => new Date(`${date}T12:00:00Z`);

/** The installation of a meter that covers a date, if any (a read needs the meter in service). */
export function installationOn(em: EntityManager, meterId: string, date: string): Promise<MeterInstallation | null> {
  return em.findOne(MeterInstallation, {
    meter: meterId,
    installedOn: { $lte: date },
    $or: [{ removedOn: null }, { removedOn: { $gte: date } }],
  });
}

/** Records one read (the field, a clerk, a resolved orphan). `estimated`: the read came in marked as an estimate (a head end's). */
export async function recordMeterRead(em: EntityManager, input: MeterReadInput, userId: string | null, options: { estimated?: boolean } = {}): Promise<MeterRead> {
  if (!isCalendarDate(input.readOn)) throw BadUserInput.field('readOn', 'is not a date');
  const flags = [...new Set((input.flags ?? []).map(f => f.trim().toUpperCase()))];
  const unknown = flags.find(f => !(READ_FLAGS as readonly string[]).includes(f));
  if (unknown) throw BadUserInput.field('flags', `unknown flag ${unknown} (known: ${READ_FLAGS.join(', ')})`);
  return em.transactional(async tx => {
    const meter = await getMeter(tx, input.meterId, 'meterId');
    const problems = new InputProblems();
    checkRegisterReading(problems, 'value', input.value, meter.dials);
    problems.throwIfAny();
    if (!(await installationOn(tx, meter.id, input.readOn)))
      throw BadUserInput.field('meterId', `meter ${meter.serialNumber} is not installed on ${input.readOn}`);
    const readAt = input.readAt ?? middayOf(input.readOn);
    const existing = await tx.findOne(MeterRead, { meter: meter.id, readAt, status: MeterReadStatus.VALID });
    if (existing) {
      if (dec(existing.value).eq(dec(input.value))) return existing;
      throw new Conflict(`meter ${meter.serialNumber} already has read ${existing.value} at that time; correct it instead`, { field: 'value', readId: existing.id });
    }
    const read = tx.create(MeterRead, {
      meter, readOn: input.readOn, readAt, value: input.value, source: input.source,
      purpose: input.purpose ?? ReadPurpose.CYCLE, flags, note: clean(input.note), createdBy: userId, estimated: options.estimated ?? false,
    });
    await tx.flush();
    // meter_read has no row trigger (imports write millions): a read taken one at a time is audited here.
    await auditWithEm(tx, { entity: 'meter_read', entityId: read.id, action: 'INSERT', after: { meterId: meter.id, readOn: read.readOn, value: read.value, source: read.source, flags } });
    return read;
  });
}

export async function correctMeterRead(em: EntityManager, input: CorrectMeterReadInput, userId: string | null): Promise<MeterRead> {
  if (!input.note.trim()) throw BadUserInput.field('note', 'say why the read is corrected');
  return em.transactional(async tx => {
    const old = await tx.findOne(MeterRead, { id: input.readId }, { populate: ['meter'] });
    if (!old) throw new NotFound('Meter read', input.readId, 'readId');
    if (old.status !== MeterReadStatus.VALID) throw new Conflict(`read ${old.id} was already corrected`, { field: 'readId' });
    const problems = new InputProblems();
    checkRegisterReading(problems, 'value', input.value, old.meter.getEntity().dials);
    problems.throwIfAny();
    old.status = MeterReadStatus.CORRECTED;
    await tx.flush();
    const read = tx.create(MeterRead, {
      meter: old.meter, readOn: old.readOn, readAt: old.readAt, value: input.value, source: old.source, purpose: old.purpose,
      flags: old.flags, estimated: false, correctsId: old.id, note: input.note.trim(), createdBy: userId,
    });
    await tx.flush();
    await auditWithEm(tx, { entity: 'meter_read', entityId: old.id, action: 'CORRECT', before: { value: old.value }, after: { value: read.value, readId: read.id, note: read.note } });
    return read;
  });
}
