/**
 * Where the server's file routes live (`/bill-runs/:id/print.csv`, `/bills/:id/bill.pdf`): beside
 * the GraphQL endpoint. "/graphql" on http://host/admin/ → "http://host"; an endpoint
 * "https://cis.example/api/graphql" → "https://cis.example/api".
 */
export function filesBaseOf(endpoint: string, pageHref: string): string {
  const url = new URL(endpoint, pageHref);
  const path = url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '');
  return `${url.origin}${path}`;
}

/** The file routes of a bill run and of one bill. */
export const fileRoutes = {
  printCsv: (base: string, runId: string) => `${base}/bill-runs/${encodeURIComponent(runId)}/print.csv`,
  manifest: (base: string, runId: string) => `${base}/bill-runs/${encodeURIComponent(runId)}/manifest.json`,
  billsPdf: (base: string, runId: string, sample?: number) =>
    `${base}/bill-runs/${encodeURIComponent(runId)}/bills.pdf${sample ? `?sample=${sample}` : ''}`,
  ebills: (base: string, runId: string) => `${base}/bill-runs/${encodeURIComponent(runId)}/ebills.csv`,
  billPdf: (base: string, billId: string) => `${base}/bills/${encodeURIComponent(billId)}/bill.pdf`,
};
