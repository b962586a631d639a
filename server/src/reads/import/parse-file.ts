import type pg from 'pg';
import { ImportFormat } from '../../shared/graphql/file-import.js';
import { LineErrors, type LineError } from '../parsers/line-errors.js';
import { createAmiCsvParser, parseBeaconCsv, parseNeptuneRoute, type MeterReadRecord, type NeptuneRouteSummary, type NoRead } from '../parsers/index.js';
import { ReadStager, STAGE_TABLES } from './read-stage.js';

/** A meter listed without a reading, with the day it should have been read. */
export interface DatedNoRead extends NoRead {
  readonly readOn: string;
}

export interface StagedFile {
  readonly reads: number;
  readonly noReads: DatedNoRead[];
  readonly errors: LineError[];
}

const BATCH = 20_000;

/**
 * Parses a read file from its text chunks into read_stage. AMI_CSV streams (5 M reads never sit in
 * memory); the BEACON and Neptune parsers take whole texts, and those files are route- or
 * day-sized. `today` dates the no-reads of a BEACON file and a Neptune route without a read date.
 */
export async function stageFile(client: pg.ClientBase, format: ImportFormat, chunks: AsyncIterable<string>, today: string): Promise<StagedFile> {
  await client.query(STAGE_TABLES);
  const errors = new LineErrors();
  const stager = new ReadStager(client, errors);
  try {
    const noReads = format === ImportFormat.AMI_CSV ? await stageAmi(chunks, errors, stager) : await stageWhole(format, chunks, errors, stager, today);
    const reads = await stager.finish();
    return { reads, noReads, errors: errors.sorted() };
  } catch (error) {
    stager.abort();
    throw error;
  }
}

async function stageAmi(chunks: AsyncIterable<string>, errors: LineErrors, stager: ReadStager): Promise<DatedNoRead[]> {
  const parser = createAmiCsvParser();
  const noReads: DatedNoRead[] = [];
  for await (const chunk of chunks) {
    const batch = parser.push(chunk);
    for (const e of batch.errors) errors.add(e.line, e.message);
    await stager.add(batch.records);
    noReads.push(...batch.noReads);
  }
  const last = parser.end();
  for (const e of last.errors) errors.add(e.line, e.message);
  await stager.add(last.records);
  noReads.push(...last.noReads);
  return noReads;
}

async function stageWhole(format: ImportFormat, chunks: AsyncIterable<string>, errors: LineErrors, stager: ReadStager, today: string): Promise<DatedNoRead[]> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  const neptune = format === ImportFormat.NEPTUNE_ROUTE ? parseNeptuneRoute(text, { readDate: today }) : null;
  const parsed = neptune ?? parseBeaconCsv(text);
  for (const e of parsed.errors) errors.add(e.line, e.message);
  for (let i = 0; i < parsed.records.length; i += BATCH) await stager.add(parsed.records.slice(i, i + BATCH) as MeterReadRecord[]);
  const routes: readonly NeptuneRouteSummary[] = neptune?.routes ?? [];
  // A Neptune no-read belongs to the route whose header precedes it.
  return parsed.noReads.map(n => ({ ...n, readOn: routes.filter(r => r.line < n.line).at(-1)?.readDate ?? today }));
}
