import type { EntityManager } from '@mikro-orm/postgresql';
import { Premise } from '../premises/premise.entity.js';
import { MeterRead } from '../reads/meter-read.entity.js';
import { MeterReadSource, ReadPurpose } from '../reads/read-enums.js';
import { isCalendarDate } from '../shared/dates/index.js';
import { BadUserInput, Conflict, InputProblems, NotFound } from '../shared/graphql/errors.js';
import { dec } from '../shared/money/index.js';
import { paginate, type ListArgs, type ListSpec } from '../shared/orm/paginate.js';
import { checkRequired, clean } from '../shared/validation.js';
import { MeterStatus } from './meter-enums.js';
import { MeterInstallation } from './meter-installation.entity.js';
import { Meter } from './meter.entity.js';
import type { InstallMeterInput, MeterInput, MeterUpdateInput, RemoveMeterInput } from './meter.inputs.js';
import { METER_SIZES, normalizeMeterSize } from './meter-size.js';

export const meterList: ListSpec<Meter> = {
  entity: Meter,
  filters: { id: 'id', serialNumber: 'serialNumber', amiEndpointId: 'amiEndpointId', size: 'size', registerUnit: 'registerUnit', status: 'status' },
  search: ['serialNumber', 'amiEndpointId'],
  orderBy: { SERIAL_NUMBER: 'serialNumber', SIZE: 'size', CREATED_AT: 'createdAt' },
  defaultOrder: 'SERIAL_NUMBER',
};

export const listMeters = (em: EntityManager, args: ListArgs) => paginate(em, meterList, args);

/** A register reading must fit on the dials: 0 ≤ value < 10^dials. */
export function checkRegisterReading(problems: InputProblems, field: string, value: string, dials: number): void {
  const reading = dec(value);
  problems.check(!reading.isNegative(), field, 'a register reading is never negative');
  problems.check(reading.lt(dec(10).pow(dials)), field, `does not fit on a ${dials}-dial register`);
}

function checkMeterFields(problems: InputProblems, input: MeterInput | MeterUpdateInput): void {
  if (input.size !== undefined && input.size !== null)
    problems.check(normalizeMeterSize(input.size) !== null, 'size', `must be one of ${METER_SIZES.join(', ')}`);
  if (input.dials !== undefined && input.dials !== null) problems.check(input.dials >= 3 && input.dials <= 10, 'dials', 'must be between 3 and 10');
  if (input.multiplier) problems.check(dec(input.multiplier).gt(0), 'multiplier', 'must be greater than zero');
}

export async function createMeter(em: EntityManager, input: MeterInput): Promise<Meter> {
  const problems = new InputProblems();
  checkRequired(problems, 'serialNumber', input.serialNumber);
  checkMeterFields(problems, input);
  problems.throwIfAny();
  const serialNumber = input.serialNumber.trim();
  if (await em.count(Meter, { serialNumber })) throw BadUserInput.field('serialNumber', `meter ${serialNumber} exists`);
  const endpoint = clean(input.amiEndpointId);
  if (endpoint && (await em.count(Meter, { amiEndpointId: endpoint }))) throw BadUserInput.field('amiEndpointId', `endpoint ${endpoint} is on another meter`);
  const meter = em.create(Meter, {
    serialNumber,
    size: normalizeMeterSize(input.size)!,
    registerUnit: input.registerUnit,
    multiplier: input.multiplier ?? '1',
    dials: input.dials,
    amiEndpointId: endpoint,
    manufacturer: clean(input.manufacturer),
    model: clean(input.model),
  });
  await em.flush();
  return meter;
}

export async function getMeter(em: EntityManager, id: string, field = 'id'): Promise<Meter> {
  const meter = await em.findOne(Meter, { id });
  if (!meter) throw new NotFound('Meter', id, field);
  return meter;
}

export async function updateMeter(em: EntityManager, id: string, input: MeterUpdateInput): Promise<Meter> {
  const problems = new InputProblems();
  checkMeterFields(problems, input);
  problems.throwIfAny();
  const meter = await getMeter(em, id);
  if (input.size) meter.size = normalizeMeterSize(input.size)!;
  if (input.multiplier) meter.multiplier = input.multiplier;
  if (input.dials) meter.dials = input.dials;
  if (input.amiEndpointId !== undefined) meter.amiEndpointId = clean(input.amiEndpointId);
  if (input.manufacturer !== undefined) meter.manufacturer = clean(input.manufacturer);
  if (input.model !== undefined) meter.model = clean(input.model);
  if (input.status) {
    const allowed = [MeterStatus.IN_STOCK, MeterStatus.RETIRED, MeterStatus.REMOVED];
    if (!allowed.includes(meter.status) || !allowed.includes(input.status))
      throw new Conflict(`a ${meter.status} meter cannot be set to ${input.status} here; use installMeter or removeMeter`);
    meter.status = input.status;
  }
  await em.flush();
  return meter;
}

export async function activeInstallation(em: EntityManager, where: { meter?: string; premise?: string }): Promise<MeterInstallation | null> {
  return em.findOne(MeterInstallation, { ...where, removedOn: null });
}

export async function installMeter(em: EntityManager, input: InstallMeterInput, userId: string | null): Promise<Meter> {
  if (!isCalendarDate(input.installedOn)) throw BadUserInput.field('installedOn', 'is not a date');
  return em.transactional(async tx => {
    const meter = await getMeter(tx, input.meterId, 'meterId');
    const premise = await tx.findOne(Premise, { id: input.premiseId });
    if (!premise) throw new NotFound('Premise', input.premiseId, 'premiseId');
    const problems = new InputProblems();
    checkRegisterReading(problems, 'initialRead', input.initialRead, meter.dials);
    problems.throwIfAny();
    if (meter.status === MeterStatus.RETIRED) throw new Conflict(`meter ${meter.serialNumber} is retired`, { field: 'meterId' });
    const here = await activeInstallation(tx, { meter: meter.id });
    if (here) throw new Conflict(`meter ${meter.serialNumber} is already installed; remove it first`, { field: 'meterId' });
    const occupied = await activeInstallation(tx, { premise: premise.id });
    if (occupied) throw new Conflict(`premise ${premise.address} has a meter; remove it first (meter change-out)`, { field: 'premiseId' });
    tx.create(MeterInstallation, { meter, premise, installedOn: input.installedOn, initialRead: input.initialRead });
    tx.create(MeterRead, {
      meter, readOn: input.installedOn, readAt: new Date(`${input.installedOn}T00:00:01Z`), value: input.initialRead,
      source: MeterReadSource.FIELD, purpose: ReadPurpose.INSTALL, createdBy: userId,
    });
    meter.status = MeterStatus.INSTALLED;
    await tx.flush();
    return meter;
  });
}

export async function removeMeter(em: EntityManager, input: RemoveMeterInput, userId: string | null): Promise<Meter> {
  if (!isCalendarDate(input.removedOn)) throw BadUserInput.field('removedOn', 'is not a date');
  return em.transactional(async tx => {
    const meter = await getMeter(tx, input.meterId, 'meterId');
    const installation = await activeInstallation(tx, { meter: meter.id });
    if (!installation) throw new Conflict(`meter ${meter.serialNumber} is not installed`, { field: 'meterId' });
    const problems = new InputProblems();
    checkRegisterReading(problems, 'finalRead', input.finalRead, meter.dials);
    problems.check(input.removedOn >= installation.installedOn, 'removedOn', `is before the installation on ${installation.installedOn}`);
    problems.throwIfAny();
    installation.removedOn = input.removedOn;
    installation.finalRead = input.finalRead;
    tx.create(MeterRead, {
      meter, readOn: input.removedOn, readAt: new Date(`${input.removedOn}T23:59:59Z`), value: input.finalRead,
      source: MeterReadSource.FIELD, purpose: ReadPurpose.REMOVAL, createdBy: userId,
    });
    meter.status = MeterStatus.REMOVED;
    await tx.flush();
    return meter;
  });
}
