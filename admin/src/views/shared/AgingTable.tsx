import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { formatMoney } from '../../format/money';
type Bucket = 'current' | 'days1to30' | 'days31to60' | 'days61to90' | 'days91plus' | 'credit' | 'total';
type Buckets = Readonly<Record<Bucket, string>>;

const COLUMNS: readonly [keyof Buckets, string][] = [
  ['current', 'Current'],
  ['days1to30', '1–30 days'],
  ['days31to60', '31–60 days'],
  ['days61to90', '61–90 days'],
  ['days91plus', 'Over 90 days'],
  ['credit', 'Credit'],
  ['total', 'Balance'],
];

/** The balance by days past due, as the server aged it (credits applied oldest first). */
export const AgingTable = ({ aging }: { aging: Buckets }) => (
  <Table size="small" aria-label="Aging">
    <TableHead>
      <TableRow>
        {COLUMNS.map(([key, label]) => (
          <TableCell key={key} align="right">
            {label}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
    <TableBody>
      <TableRow>
        {COLUMNS.map(([key]) => (
          <TableCell
            key={key}
            align="right"
            sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: key === 'total' ? 600 : undefined }}
          >
            {formatMoney(aging[key])}
          </TableCell>
        ))}
      </TableRow>
    </TableBody>
  </Table>
);
