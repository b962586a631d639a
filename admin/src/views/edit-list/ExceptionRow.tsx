import { Checkbox, Chip, TableCell, TableRow, Typography } from '@mui/material';
import { memo, useEffect, useRef } from 'react';
import { formatDateTime } from '../../format/dates';
import { humanize } from '../../format/labels';
import type { EditListException } from './use-edit-list';
import type { Someone } from '../shared/who';

interface Props {
  readonly exception: EditListException;
  readonly index: number;
  readonly current: boolean;
  readonly selected: boolean;
  readonly who: (someone: Someone) => string;
  readonly onPick: (index: number) => void;
  readonly onToggle: (id: string) => void;
}

const STATUS_COLOR = { OPEN: 'warning', RECHECK: 'info', RESOLVED: 'success' } as const;

/** What was done and by whom, from the server: "Accept · Counter Clerk (you) · Jul 6, 2026, 9:12 AM". */
export function workedText(e: EditListException, who: Props['who']): string {
  const parts: string[] = [];
  if (e.resolution) parts.push(humanize(e.resolution), who(e.resolvedByUser ?? e.resolvedBy), formatDateTime(e.resolvedAt));
  if (e.workOrderId) parts.push(`work order #${e.workOrderId}`);
  if (e.note) parts.push(`“${e.note}”`);
  return parts.filter(Boolean).join(' · ');
}

/** One exception of the edit list; the current row scrolls into view as the cursor moves. */
export const ExceptionRow = memo(
  ({ exception: e, index, current, selected, who, onPick, onToggle }: Props) => {
    const ref = useRef<HTMLTableRowElement>(null);
    useEffect(() => {
      if (current) ref.current?.scrollIntoView({ block: 'nearest' });
    }, [current]);
    return (
      <TableRow
        ref={ref}
        hover
        selected={current}
        aria-selected={current}
        data-code={e.code}
        data-account={e.account.number}
        data-status={e.status}
        onClick={() => onPick(index)}
        sx={{
          cursor: 'pointer',
          ...(current ? { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 } : {}),
        }}
      >
        <TableCell padding="checkbox">
          <Checkbox
            size="small"
            checked={selected}
            tabIndex={-1}
            onClick={event => event.stopPropagation()}
            onChange={() => onToggle(e.id)}
            slotProps={{ input: { 'aria-label': `Select ${e.code} on ${e.account.number}` } }}
          />
        </TableCell>
        <TableCell>
          <Chip
            size="small"
            label={e.code}
            color={e.blocking ? 'error' : 'default'}
            variant={e.blocking ? 'filled' : 'outlined'}
          />
        </TableCell>
        <TableCell>
          {e.account.number}
          <Typography variant="caption" component="div" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            {e.account.premise.address}
            {e.account.premise.routeCode ? ` · ${e.account.premise.routeCode}` : ''}
          </Typography>
        </TableCell>
        <TableCell sx={{ minWidth: 180 }}>{e.message}</TableCell>
        <TableCell>
          <Chip size="small" label={humanize(e.status)} color={STATUS_COLOR[e.status]} variant="outlined" />
        </TableCell>
        <TableCell sx={{ minWidth: 140 }}>
          <Typography variant="caption">{workedText(e, who)}</Typography>
        </TableCell>
      </TableRow>
    );
  },
);
ExceptionRow.displayName = 'ExceptionRow';
