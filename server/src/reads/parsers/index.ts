/** Pure parsers of meter-read files and the Neptune route-file writer (docs/file-layouts.md). */
export * from './types.js';
export {
  createAmiCsvParser,
  parseAmiCsv,
  type AmiCsvBatch,
  type AmiCsvOptions,
  type AmiCsvParser,
  type AmiCsvSummary,
} from './ami-csv.js';
export { parseBeaconCsv, type BeaconCsvOptions, type BeaconParseResult } from './beacon-csv.js';
export {
  parseNeptuneRoute,
  type NeptuneParseOptions,
  type NeptuneParseResult,
  type NeptuneRouteSummary,
} from './neptune-route.js';
export {
  writeNeptuneRoute,
  type NeptuneMeterExport,
  type NeptunePremiseExport,
  type NeptuneReadingExport,
  type NeptuneReadType,
  type NeptuneRouteExport,
  type NeptuneWriteOptions,
} from './neptune-route-writer.js';
