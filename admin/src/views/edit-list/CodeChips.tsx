import { Chip, Stack } from '@mui/material';
import type { EditListRun } from './use-edit-list';

/** One chip per exception code with its open and total counts; a click filters the list by it. */
export const CodeChips = ({
  counts,
  code,
  onCode,
}: {
  counts: EditListRun['exceptionCounts'];
  code: string | null;
  onCode: (code: string | null) => void;
}) => {
  const open = counts.reduce((n, c) => n + c.open, 0);
  const total = counts.reduce((n, c) => n + c.total, 0);
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }} role="toolbar" aria-label="Exception codes">
      <Chip
        label={`All ${open}/${total}`}
        color={code === null ? 'primary' : 'default'}
        onClick={() => onCode(null)}
        aria-pressed={code === null}
      />
      {counts.map(c => (
        <Chip
          key={c.code}
          label={`${c.code} ${c.open}/${c.total}`}
          title={`${c.open} open of ${c.total}${c.blocking ? ', blocking' : ''}`}
          color={code === c.code ? 'primary' : c.blocking && c.open ? 'error' : 'default'}
          variant={code === c.code ? 'filled' : 'outlined'}
          onClick={() => onCode(code === c.code ? null : c.code)}
          aria-pressed={code === c.code}
        />
      ))}
    </Stack>
  );
};
