/** Who the bill is from and where payments go: the letterhead and the remittance stub. */
export interface UtilityIdentity {
  readonly name: string;
  readonly remitTo: readonly string[];
  readonly phone: string;
  readonly web: string;
}

// Placeholder until the utility's identity is configuration (AppConfig or billing_policy): the
// only place to change when it is.
export const UTILITY: UtilityIdentity = {
  name: 'City Water & Sewer Utility',
  remitTo: ['Utility Billing Office', 'PO Box 1000', 'Port Arthur, TX 77641'],
  phone: '(409) 555-0100',
  web: 'utility.example.gov',
};
