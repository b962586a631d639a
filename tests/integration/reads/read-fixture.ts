import { Role, type TestServer } from '../setup/harness.js';
import { installMeter, makeCustomer, makeMeter, makePremise, unique } from '../fixtures.js';

export const IMPORT = `mutation($input: FileImportInput!) { importMeterReads(input: $input) {
  importId fileName format reads imported duplicates orphans conflicts alerts noReads alreadyImported editListsRefreshed } }`;

export interface AmiPoint {
  meterId: string;
  serial: string;
  endpoint: string;
  premiseId: string;
}

/** A premise with an AMI meter installed on `installedOn` (6 dials, gallons, multiplier 1 unless told). */
export async function makeAmiPoint(t: TestServer, opts: { installedOn?: string; meter?: Record<string, unknown>; premise?: Record<string, unknown> } = {}): Promise<AmiPoint> {
  const endpoint = unique('MIU-');
  const premise = await makePremise(t, opts.premise ?? {});
  const meter = await makeMeter(t, { amiEndpointId: endpoint, ...opts.meter });
  await installMeter(t, meter.id, premise.id, opts.installedOn ?? '2026-01-02', '0');
  return { meterId: meter.id, serial: meter.serialNumber, endpoint, premiseId: premise.id };
}

export type AmiRow = [endpoint: string, serial: string, time: string, reading: string, unit?: string, flags?: string];

/** An AMI_CSV text (docs/file-layouts.md) from rows; `unit` defaults to GALLON. */
export function amiCsv(rows: readonly AmiRow[]): string {
  const lines = rows.map(([e, s, time, reading, unit, flags]) => `${e},${s},${time},${reading},${unit ?? 'GALLON'},${flags ?? ''}`);
  return ['endpoint_id,meter_serial,read_time,reading,unit,flags', ...lines].join('\n') + '\n';
}

export function importReads(t: TestServer, content: string, opts: { format?: string; fileName?: string; as?: Role } = {}) {
  return t.gql<any>(IMPORT, { input: { format: opts.format ?? 'AMI_CSV', fileName: opts.fileName ?? `${unique('reads-')}.csv`, content } }, opts.as ?? Role.CLERK);
}

export async function importOk(t: TestServer, content: string, opts: { format?: string; fileName?: string; as?: Role } = {}) {
  const result = await importReads(t, content, opts);
  if (result.errors?.length) throw new Error(`import failed: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data.importMeterReads;
}

/**
 * What the import tables hold for these meters, endpoints and file names (scoped: other test files
 * write to the same database at the same time), to prove that a refused file wrote nothing.
 */
export async function tableCounts(t: TestServer, scope: { meterIds: string[]; keys?: string[]; fileNames?: string[] }) {
  const [row] = await t.sql(`select
      (select count(*) from read_import where file_name = any($3))::int imports,
      (select count(*) from meter_read where meter_id = any($1::bigint[]))::int reads,
      (select count(*) from read_orphan where endpoint_id = any($2) or meter_serial = any($2) or meter_id = any($1::bigint[]))::int orphans,
      (select count(*) from ami_alert where meter_id = any($1::bigint[]))::int alerts`,
  [scope.meterIds, scope.keys ?? [], scope.fileNames ?? []]);
  return row as { imports: number; reads: number; orphans: number; alerts: number };
}

export const readsOf = (t: TestServer, meterId: string) =>
  t.sql(`select value::text, read_on::text, read_at, source::text, flags, import_id::text, estimated, status::text from meter_read
         where meter_id = $1 and purpose = 'CYCLE' order by read_at, id`, [meterId]);

/** Runs an operation as a portal CUSTOMER (a CUSTOMER user belongs to a customer record). */
export async function asCustomer(t: TestServer, query: string, variables: Record<string, unknown> = {}) {
  const customer = await makeCustomer(t);
  const token = await t.tokenFor(Role.CUSTOMER, customer.id);
  const contextValue = await t.running.app.contextFor(token);
  const response = await t.running.app.apollo.executeOperation<any>({ query, variables }, { contextValue });
  return response.body.kind === 'single' ? response.body.singleResult : { errors: [{ message: 'incremental' }] };
}
