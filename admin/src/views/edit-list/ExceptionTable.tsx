import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useWho } from '../shared/who';
import { ExceptionRow } from './ExceptionRow';
import type { EditListException } from './use-edit-list';

interface Props {
  readonly exceptions: readonly EditListException[];
  readonly cursor: number;
  readonly selected: ReadonlySet<string>;
  readonly onPick: (index: number) => void;
  readonly onToggle: (id: string) => void;
}

/** The exceptions under the filters; the cursor row is outlined, selected rows are checked. */
export const ExceptionTable = ({ exceptions, cursor, selected, onPick, onToggle }: Props) => {
  const who = useWho();
  if (!exceptions.length) {
    return (
      <Typography variant="body2" sx={{ p: 2 }}>
        No exceptions under these filters.
      </Typography>
    );
  }
  return (
    <TableContainer sx={{ maxHeight: '62vh' }}>
      <Table size="small" stickyHeader aria-label="Edit list exceptions">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell>Code</TableCell>
            <TableCell>Account</TableCell>
            <TableCell>Exception</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Worked</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {exceptions.map((e, i) => (
            <ExceptionRow
              key={e.id}
              exception={e}
              index={i}
              current={i === cursor}
              selected={selected.has(e.id)}
              who={who}
              onPick={onPick}
              onToggle={onToggle}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
