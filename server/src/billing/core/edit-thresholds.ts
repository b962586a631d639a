import { type Dec, dec } from '../../shared/money/index.js';

/**
 * Edit-list thresholds (billing-rules.md: "Pre-billing edit list … Thresholds are configurable").
 * Ratios are plain multiples (api-contract.md: "...Ratio take plain fractions or multiples");
 * volumes are gallons.
 */
export interface EditThresholds {
  /** HIGH when usage > highRatio × expected usage … (default 2). */
  readonly highRatio: Dec;
  /** … and usage − expected > this many gallons (default 5,000). */
  readonly highMinExcessGallons: Dec;
  /** LOW when usage < lowRatio × expected usage … (default 0.5, i.e. 50 %). */
  readonly lowRatio: Dec;
  /** … and expected usage for the period > this many gallons (default 1,000). */
  readonly lowMinAverageGallons: Dec;
}

/** The defaults of billing-rules.md's edit-list table. */
export const defaultEditThresholds: EditThresholds = {
  highRatio: dec('2'),
  highMinExcessGallons: dec('5000'),
  lowRatio: dec('0.5'),
  lowMinAverageGallons: dec('1000'),
};

/** Exception codes, in the order of the edit-list table. */
export const EDIT_CODES = [
  'NO_READ',
  'NEGATIVE',
  'HIGH',
  'LOW',
  'ZERO',
  'ROLLOVER',
  'METER_CHANGE',
  'AMI_ALERT',
  'PARTIAL_PERIOD',
] as const;
export type EditCode = (typeof EDIT_CODES)[number];

/** Codes that block billing until resolved (the table's "blocks billing" column). */
export const BLOCKING_CODES: ReadonlySet<EditCode> = new Set<EditCode>(['NO_READ', 'NEGATIVE', 'HIGH']);

/**
 * AMI alert flags that raise AMI_ALERT: leak, tamper, reverse flow, no read, with the synonyms of
 * the normalised vocabulary (file-formats.md §4.6). Others (battery, empty pipe) do not.
 */
export const EDIT_ALERT_FLAGS: ReadonlySet<string> = new Set([
  'LEAK',
  'CONTINUOUS_FLOW',
  'TAMPER',
  'REVERSE_FLOW',
  'BACKFLOW',
  'NO_READ',
]);
