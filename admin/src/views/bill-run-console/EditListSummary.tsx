import { Button, Chip, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { ConsoleRun } from './use-bill-run';

/** The edit list in one line: open exceptions by code, and the way to work them. */
export const EditListSummary = ({ run }: { run: ConsoleRun }) => {
  const open = run.exceptionCounts.filter(c => c.open > 0);
  const blocking = open.filter(c => c.blocking).reduce((n, c) => n + c.open, 0);
  return (
    <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      {open.length ? (
        open.map(c => (
          <Chip
            key={c.code}
            size="small"
            label={`${c.code} ${c.open}`}
            color={c.blocking ? 'error' : 'default'}
          />
        ))
      ) : (
        <Typography variant="body2">No open exceptions.</Typography>
      )}
      {blocking > 0 && (
        <Typography variant="body2" color="error">
          {blocking} blocking: those accounts are left out until worked.
        </Typography>
      )}
      <Button
        component={RouterLink}
        to={`/edit-list/${encodeURIComponent(run.id)}`}
        variant="outlined"
        size="small"
      >
        Open the edit list
      </Button>
    </Stack>
  );
};
