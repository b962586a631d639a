/** What a NACHA return reason code means for a utility's bank draft. */
export interface AchReturnCode {
  readonly code: string;
  readonly reason: string;
  /** Stop drafting the account until it enrolls again with good authorization and bank data. */
  readonly stopAutopay: boolean;
  /** The same entry may be presented again (only R01, R09). */
  readonly mayRepresent: boolean;
  /** Returned for the customer's side (funds, account, authorization): the returned-payment fee applies. */
  readonly chargeFee: boolean;
}

type Row = readonly [
  code: string,
  reason: string,
  stopAutopay: boolean,
  mayRepresent: boolean,
  chargeFee: boolean,
];

const ROWS: readonly Row[] = [
  ['R01', 'Insufficient funds', false, true, true],
  ['R02', 'Account closed', true, false, true],
  ['R03', 'No account / unable to locate account', true, false, true],
  ['R04', 'Invalid account number', true, false, true],
  ['R05', 'Unauthorized debit to consumer account using corporate SEC code', false, false, false],
  ['R06', "Returned per ODFI's request", false, false, false],
  ['R07', 'Authorization revoked by customer', true, false, false],
  ['R08', 'Payment stopped', false, false, true],
  ['R09', 'Uncollected funds', false, true, true],
  ['R10', 'Customer advises originator not known or not authorized', true, false, false],
  ['R11', 'Entry not in accordance with the terms of the authorization', false, false, false],
  ['R12', 'Branch sold to another DFI', false, false, false],
  ['R13', 'RDFI not qualified to participate', false, false, false],
  ['R14', 'Representative payee deceased', true, false, false],
  ['R15', 'Beneficiary or account holder deceased', true, false, false],
  ['R16', 'Account frozen', true, false, true],
  ['R17', 'File record edit criteria', false, false, false],
  ['R18', 'Improper effective entry date', false, false, false],
  ['R19', 'Amount field error', false, false, false],
  ['R20', 'Non-transaction account', true, false, true],
  ['R21', 'Invalid company identification', false, false, false],
  ['R22', 'Invalid individual ID number', false, false, false],
  ['R23', 'Credit entry refused by receiver', false, false, false],
  ['R24', 'Duplicate entry', false, false, false],
  ['R25', 'Addenda error', false, false, false],
  ['R26', 'Mandatory field error', false, false, false],
  ['R27', 'Trace number error', false, false, false],
  ['R28', 'Routing number check digit error', false, false, false],
  ['R29', 'Corporate customer advises not authorized', true, false, false],
];

/** Ranges the source lists as groups (file-formats.md §2.6), each code with the group's reason. */
const GROUPS: readonly [from: number, to: number, reason: string][] = [
  [30, 35, 'Check truncation, permissible return, non-settlement, XCK or limited participation case'],
  [37, 39, 'Improper debit or ARC/BOC/POP source document case'],
  [40, 47, 'ENR (federal enrollment) return'],
  [50, 53, 'RCK (represented check) return'],
  [61, 62, 'Misrouted or erroneous return'],
  [67, 77, 'Duplicate, untimely, dishonored or contested dishonored return'],
  [80, 85, 'IAT coding, gateway or OFAC-related return'],
];

/**
 * NACHA return reason codes R01–R85 (file-formats.md §2.6, from moov-io/ach docs/returns.md) with
 * the billing action for each. Stop autopay where the notes say so, plus R14/R15 (deceased).
 * The returned-payment fee applies to returns caused on the customer's side (funds, closed,
 * frozen or invalid account, stop payment), not to originator or bank errors or disputed
 * authorizations. Codes the source does not list (R36, R48, R49, R54–R60, R63–R66, R78, R79)
 * are absent.
 */
export const ACH_RETURN_CODES: ReadonlyMap<string, AchReturnCode> = new Map(
  [
    ...ROWS.map(([code, reason, stopAutopay, mayRepresent, chargeFee]) => ({
      code,
      reason,
      stopAutopay,
      mayRepresent,
      chargeFee,
    })),
    ...GROUPS.flatMap(([from, to, reason]) =>
      Array.from({ length: to - from + 1 }, (_, i) => ({
        code: `R${from + i}`,
        reason,
        stopAutopay: false,
        mayRepresent: false,
        chargeFee: false,
      })),
    ),
  ].map(row => [row.code, row] as const),
);

/**
 * The meaning of a return code ("r01" and " R01 " accepted). An unknown code still reverses the
 * payment; it reads "Unknown return code", with no fee, no stop and no re-presentment, for a
 * clerk to review.
 */
export function achReturnCode(code: string): AchReturnCode {
  const normalized = code.trim().toUpperCase();
  return (
    ACH_RETURN_CODES.get(normalized) ?? {
      code: normalized,
      reason: 'Unknown return code',
      stopAutopay: false,
      mayRepresent: false,
      chargeFee: false,
    }
  );
}
