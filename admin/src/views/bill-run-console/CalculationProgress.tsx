import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { formatDateTime } from '../../format/dates';
import { describeProgress, formatSeconds } from './progress';
import type { ConsoleRun } from './use-bill-run';

const CALCULATED = new Set(['CALCULATED', 'APPROVED', 'POSTING', 'POSTED', 'EXPORTED']);

/** The calculation's progress bar: live while CALCULATING (polled), complete once it is done. */
export const CalculationProgress = ({ run }: { run: ConsoleRun }) => {
  if (run.status !== 'CALCULATING' && !(CALCULATED.has(run.status) && run.calcFinishedAt)) return null;
  const { percent, text } = describeProgress(run.progress);
  const took =
    run.calcStartedAt && run.calcFinishedAt
      ? (new Date(run.calcFinishedAt).getTime() - new Date(run.calcStartedAt).getTime()) / 1000
      : null;
  return (
    <Box aria-label="Calculation" component="section">
      <Typography variant="subtitle2">
        {run.status === 'CALCULATING' ? 'Calculating…' : `Calculated ${formatDateTime(run.calcFinishedAt)}`}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label="Calculation progress"
        aria-valuetext={text}
        sx={{ height: 10, borderRadius: 1, my: 1 }}
      />
      <Typography variant="body2" data-testid="calc-progress">
        {percent}% · {text}
        {run.status !== 'CALCULATING' && took !== null ? ` · took ${formatSeconds(took)}` : ''}
      </Typography>
      {run.error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          The last step failed: {run.error}. Calculate again to resume.
        </Alert>
      )}
      {run.status === 'POSTING' && <LinearProgress aria-label="Posting" sx={{ mt: 1 }} />}
    </Box>
  );
};
