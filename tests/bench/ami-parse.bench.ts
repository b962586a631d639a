/**
 * Micro-benchmark of the AMI_CSV parser (parse only: no database).
 *
 *   node --import tsx tests/bench/ami-parse.bench.ts [lines]
 *
 * Prints `BENCH ami_csv_parse_lines_per_second <n> lines/s` (best of 3 runs over the same text,
 * pushed in 64 KiB chunks (the default highWaterMark of a Node file stream) as the import service streams it). The goal is ≥ 1,500,000 lines/s so
 * that parsing stays a small part of the ≥ 250,000 reads/s end-to-end import.
 */
import { pathToFileURL } from 'node:url';
import { createAmiCsvParser } from '../../server/src/reads/parsers/ami-csv.js';

/** Builds a realistic AMI file: hourly reads of `meters` meters, some flagged, some quoted. */
export function buildAmiText(lines: number): string {
  const parts: string[] = ['endpoint_id,meter_serial,read_time,reading,unit,flags\n'];
  const meters = Math.max(1, Math.floor(lines / 24));
  let n = 0;
  for (let hour = 0; n < lines; hour += 1) {
    const hh = String(hour % 24).padStart(2, '0');
    const day = String(1 + (Math.floor(hour / 24) % 28)).padStart(2, '0');
    for (let m = 0; m < meters && n < lines; m += 1, n += 1) {
      const reading = `${100000 + m * 7 + hour}.${m % 10}`;
      const flags = m % 97 === 0 ? 'LEAK' : m % 211 === 0 ? 'LEAK;REVERSE_FLOW' : '';
      const serial = m % 500 === 0 ? `"N${m}, bay 2"` : `N${1000000 + m}`;
      parts.push(`MIU-${1550000 + m},${serial},2026-03-${day} ${hh}:00:00,${reading},GALLON,${flags}\n`);
    }
  }
  return parts.join('');
}

export function runAmiParseBench(lines = 1_000_000): number {
  const text = buildAmiText(lines);
  const chunk = 1 << 16;
  let best = 0;
  for (let run = 0; run < 3; run += 1) {
    const started = process.hrtime.bigint();
    const parser = createAmiCsvParser();
    let records = 0;
    for (let at = 0; at < text.length; at += chunk)
      records += parser.push(text.slice(at, at + chunk)).records.length;
    const summary = parser.end();
    records += summary.records.length;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (summary.errorCount > 0 || records !== lines)
      throw new Error(`bench file did not parse cleanly: ${summary.errors[0]?.message}`);
    best = Math.max(best, Math.round(lines / seconds));
  }
  console.log(`BENCH ami_csv_parse_lines_per_second ${best} lines/s`);
  return best;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runAmiParseBench(Number(process.argv[2] ?? 1_000_000));
}
