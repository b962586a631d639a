/** Why a register computation was refused; `field` names the input at fault. */
export type ReadErrorCode = 'INVALID_READ' | 'INVALID_METER' | 'INVALID_HISTORY';

/** A domain failure of the reads core; the service layer maps it to BAD_USER_INPUT. */
export class ReadError extends Error {
  readonly code: ReadErrorCode;
  readonly field: string;

  constructor(code: ReadErrorCode, field: string, message: string) {
    super(message);
    this.name = 'ReadError';
    this.code = code;
    this.field = field;
  }
}
