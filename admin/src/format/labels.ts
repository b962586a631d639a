const ACRONYMS: Record<string, string> = {
  id: 'ID',
  zip: 'ZIP',
  ami: 'AMI',
  gl: 'GL',
  ach: 'ACH',
  url: 'URL',
  csv: 'CSV',
  pdf: 'PDF',
};

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .trim()
    .split(/\s+/)
    .map(w => w.toLowerCase());
}

/** `customerClass` → "Customer class", `amiEndpointId` → "AMI endpoint ID", `IN_STOCK` → "In stock". */
export function humanize(name: string): string {
  const text = words(name)
    .map(w => ACRONYMS[w] ?? w)
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `CREATED_AT` → `createdAt` */
export function camelFromConstant(value: string): string {
  return value.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** `BillingCycle` → `billingCycle` */
export const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
