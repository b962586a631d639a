/** Why a rating could not be done; `field` names the input at fault (api-contract.md: errors). */
export type RatingErrorCode =
  | 'NO_VERSION_IN_EFFECT'
  | 'SCHEDULE_RETIRED'
  | 'PERCENT_CYCLE'
  | 'UNKNOWN_METER_SIZE'
  | 'INVALID_USAGE'
  | 'INVALID_PERIOD'
  | 'INVALID_DWELLING_UNITS'
  | 'INVALID_STANDARD_DAYS'
  | 'INVALID_HISTORY';

/** A domain failure of the billing core; the service layer maps it to BAD_USER_INPUT. */
export class RatingError extends Error {
  readonly code: RatingErrorCode;
  readonly field: string;

  constructor(code: RatingErrorCode, field: string, message: string) {
    super(message);
    this.name = 'RatingError';
    this.code = code;
    this.field = field;
  }
}
