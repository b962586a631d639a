import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { AppServices, SessionUser } from '../../context.js';
import { getMeter } from '../../meters/meter.service.js';
import { BadUserInput, Conflict, NotFound } from '../../shared/graphql/errors.js';
import { ImportFormat } from '../../shared/graphql/file-import.js';
import { dec } from '../../shared/money/index.js';
import { clean } from '../../shared/validation.js';
import { fileReadingValue, type FileUnit } from '../core/file-reading.js';
import { queueEditListRefresh, runsTouchedAtPremise } from '../import/refresh-edit-lists.js';
import { MeterRead } from '../meter-read.entity.js';
import { ALERT_FLAGS, AmiAlertFlag, OrphanStatus } from '../read-import-enums.js';
import { MeterReadSource, MeterReadStatus } from '../read-enums.js';
import { ReadImport } from '../read-import.entity.js';
import type { ResolveOrphanReadInput } from '../read-import.inputs.js';
import { correctMeterRead, installationOn, recordMeterRead } from '../read.service.js';
import { AmiAlert } from './ami-alert.entity.js';
import { isId } from './queue-lists.js';
import { ReadOrphan } from './read-orphan.entity.js';

async function openOrphan(tx: EntityManager, id: string): Promise<ReadOrphan> {
  const orphan = isId(id) ? await tx.findOne(ReadOrphan, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!orphan) throw new NotFound('Orphan read', id);
  if (orphan.status !== OrphanStatus.OPEN) throw new Conflict(`orphan read ${id} is already ${orphan.status}`, { field: 'id' });
  return orphan;
}

/**
 * Records an orphan read on the meter the clerk names: converted with that meter's register
 * (core/file-reading.ts), only if the meter was installed on the read date. A CONFLICT, or any
 * different read at that instant, replaces the read on record only with `replaceExisting` (the
 * old one is kept as CORRECTED). The read's alert flags are queued now that it has a meter.
 */
export async function resolveOrphanRead(app: AppServices, em: EntityManager, input: ResolveOrphanReadInput, user: SessionUser): Promise<ReadOrphan> {
  const { orphan, premiseId } = await em.transactional(async tx => {
    const orphan = await openOrphan(tx, input.id);
    const meter = await getMeter(tx, input.meterId, 'meterId');
    const fileImport = await tx.findOneOrFail(ReadImport, { id: orphan.readImport.id });
    const handheld = fileImport.format === ImportFormat.NEPTUNE_ROUTE;
    const converted = fileReadingValue({ reading: orphan.reading, unit: orphan.unit as FileUnit, registerUnit: meter.registerUnit, multiplier: meter.multiplier, dials: meter.dials, engineeringUnits: !handheld });
    if ('error' in converted) throw BadUserInput.field('meterId', `meter ${meter.serialNumber}: ${converted.error}`);
    const installation = await installationOn(tx, meter.id, orphan.readOn);
    if (!installation) throw BadUserInput.field('meterId', `meter ${meter.serialNumber} was not installed on ${orphan.readOn}`);
    const note = clean(input.note) ?? `from ${fileImport.fileName} line ${orphan.line}`;
    const existing = await tx.findOne(MeterRead, { meter: meter.id, readAt: orphan.readAt, status: MeterReadStatus.VALID });
    let read: MeterRead;
    if (existing && !dec(existing.value).eq(dec(converted.value))) {
      if (!input.replaceExisting) throw new Conflict(`meter ${meter.serialNumber} already has read ${existing.value} at that time; set replaceExisting to replace it`, { field: 'replaceExisting', readId: existing.id });
      read = await correctMeterRead(tx, { readId: existing.id, value: converted.value, note }, user.id);
    } else {
      const source = handheld ? MeterReadSource.HANDHELD : MeterReadSource.AMI;
      read = existing ?? (await recordMeterRead(tx, { meterId: meter.id, readOn: orphan.readOn, readAt: orphan.readAt, value: converted.value, source, flags: orphan.flags, note }, user.id, { estimated: orphan.flags.includes('ESTIMATED') }));
    }
    Object.assign(orphan, { status: OrphanStatus.RESOLVED, resolvedMeter: meter, resolvedReadId: read.id, note, handledBy: user.id, handledAt: app.clock.now() });
    // The same value already on record is only linked: its import and alerts stay as they were.
    if (read !== existing) {
      read.importId = fileImport.id;
      for (const flag of orphan.flags.filter(f => (ALERT_FLAGS as readonly string[]).includes(f)))
        tx.create(AmiAlert, { meter, readId: read.id, premise: installation.premise, flag: flag as AmiAlertFlag, readAt: orphan.readAt, readOn: orphan.readOn, readImport: fileImport });
    }
    await tx.flush();
    return { orphan, premiseId: installation.premise.id };
  });
  const runs = await runsTouchedAtPremise(app.pool, premiseId);
  if (runs.length) await queueEditListRefresh(app, runs, user);
  return orphan;
}

export async function dismissOrphanRead(app: AppServices, em: EntityManager, id: string, note: string, user: SessionUser): Promise<ReadOrphan> {
  if (!clean(note)) throw BadUserInput.field('note', 'say why the read is dismissed');
  return em.transactional(async tx => {
    const orphan = await openOrphan(tx, id);
    Object.assign(orphan, { status: OrphanStatus.DISMISSED, note: clean(note), handledBy: user.id, handledAt: app.clock.now() });
    await tx.flush();
    return orphan;
  });
}
