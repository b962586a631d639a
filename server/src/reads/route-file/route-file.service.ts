import type { Context } from '../../context.js';
import { nextReadDate } from '../../premises/read-schedule.service.js';
import { isCalendarDate } from '../../shared/dates/index.js';
import { dec } from '../../shared/money/index.js';
import { BadUserInput, Conflict, NotFound } from '../../shared/graphql/errors.js';
import { handheldLimits } from '../core/handheld-limits.js';
import { writeNeptuneRoute, type NeptunePremiseExport } from '../parsers/index.js';
import { loadRoute, loadRouteFile, type RouteFileRow } from './route-file.query.js';

/** The company code written in COMHD (4 characters); the office is always 0001: one utility, one office. */
export const COMPANY_CODE = 'CIS1';
const OFFICE = '0001';
const UNITS = { GALLON: 'GAL', CUBIC_FOOT: 'CFT' } as const;

/** A 4-character key (cycle) when the code fits, else blank: the cycle is informative in the file. */
const fits = (text: string | null, width: number) => (text && /^[\x20-\x7E]*$/.test(text) && text.length <= width ? text : '');

/**
 * The route's premises in read order (a premise has one meter at a time). A premise without a read
 * sequence is numbered after the last one, so a handheld that sorts by sequence also reads it last.
 */
function premisesOf(rows: readonly RouteFileRow[], periodDays: number): NeptunePremiseExport[] {
  let next = Math.max(0, ...rows.map(r => r.sequence ?? 0));
  return rows.map(row => ({
    address1: row.address,
    address2: `${row.city} ${row.state} ${row.zip}`,
    customerName: row.customer_name ?? 'VACANT',
    premiseKey: row.premise_id,
    accountNumber: row.account_number ?? '',
    active: row.account_status === 'ACTIVE',
    meters: [meterOf(row, row.sequence ?? (next += 10), periodDays)],
  }));
}

function meterOf(row: RouteFileRow, sequence: number, periodDays: number): NeptunePremiseExport['meters'][number] {
  const limits = handheldLimits({ reads: row.reads.map(([value, readOn]) => ({ value, readOn })), dials: row.dials, periodDays });
  return {
      sequence, meterKey: row.meter_id, meterNumber: row.serial_number, meterType: 'W', meterSize: row.size,
      unit: row.register_unit, previousReadDate: limits.previousReadOn, multiplier: dec(row.multiplier).toFixed(),
      latitude: row.latitude, longitude: row.longitude,
      readings: [{
        readType: UNITS[row.register_unit], collectionId: row.ami_endpoint_id ?? '', dials: row.dials, decimals: 0,
        highLimit: limits.highLimit, lowLimit: limits.lowLimit, previousRead: limits.previousRead,
      }],
  };
}

/**
 * The Neptune route file of a route for a read date (default: the cycle's next scheduled read):
 * its premises in read order with the meter, the previous read and the high/low limits
 * (core/handheld-limits.ts). A route the layout cannot carry (a 10-character route code, a meter
 * of more than 8 dials) is a CONFLICT naming what does not fit.
 */
export async function neptuneRouteFile(ctx: Context, code: string, readDateText: string | undefined): Promise<{ fileName: string; text: string }> {
  const route = await loadRoute(ctx.app.pool, code);
  if (!route) throw new NotFound('Route', code, 'code');
  let readDate = readDateText?.trim() || null;
  if (readDate && !isCalendarDate(readDate)) throw BadUserInput.field('readDate', 'is not a date YYYY-MM-DD');
  readDate ??= route.cycle_id ? await nextReadDate(ctx.em, route.cycle_id, ctx.app.clock.today()) : null;
  if (!readDate) throw BadUserInput.field('readDate', `route ${route.code} has no scheduled read ahead: give readDate`);
  const rows = await loadRouteFile(ctx.app.pool, route.id, readDate);
  try {
    const text = writeNeptuneRoute({
      companyCode: COMPANY_CODE, createDate: ctx.app.clock.today(), description: route.name, office: OFFICE,
      cycle: fits(route.cycle_code, 4), route: route.code, readDate, premises: premisesOf(rows, route.standard_days ?? 30),
    });
    return { fileName: `route-${route.code}-${readDate}.txt`, text };
  } catch (error) {
    if (error instanceof RangeError) throw new Conflict(`route ${route.code} cannot be written as a Neptune route file: ${error.message}`);
    throw error;
  }
}
