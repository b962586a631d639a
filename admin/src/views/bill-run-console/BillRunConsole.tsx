import { Alert, Box, Button, Paper } from '@mui/material';
import { Loading, Title } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Panel } from '../shared/Panel';
import { BillingRegister } from './BillingRegister';
import { CalculationProgress } from './CalculationProgress';
import { EditListSummary } from './EditListSummary';
import { PrintFiles } from './PrintFiles';
import { RunActions } from './RunActions';
import { RunHeader } from './RunHeader';
import { UnbilledAudit } from './UnbilledAudit';
import { useBillRun } from './use-bill-run';
import { useRunResults } from './use-run-results';

const WITH_BILLS = new Set(['CALCULATED', 'APPROVED', 'POSTING', 'POSTED', 'EXPORTED']);

/** One bill run from the edit list to the print files: status, actions, progress, register, audit. */
export const BillRunConsole = () => {
  const id = useParams().id ?? '';
  const { run, error, refresh, missing } = useBillRun(id);
  const results = useRunResults(id, run?.status);
  if (error && !run) return <Alert severity="error">{error.message}</Alert>;
  if (missing) return <Alert severity="warning">There is no bill run {id}.</Alert>;
  if (!run) return <Loading />;
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Title title={`Bill run ${run.number}`} />
      <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
        <RunHeader run={run} />
        <RunActions run={run} onDone={refresh} />
        <CalculationProgress run={run} />
      </Paper>
      <Panel title="Edit list">
        <EditListSummary run={run} />
      </Panel>
      {WITH_BILLS.has(run.status) && results && (
        <Panel title="Billing register">
          <BillingRegister results={results} />
        </Panel>
      )}
      <Panel title="Sample bills and print files">
        <PrintFiles run={run} />
      </Panel>
      {results && (
        <Panel title={`Unbilled audit (${results.unbilled.totalCount})`}>
          <UnbilledAudit unbilled={results.unbilled} />
        </Panel>
      )}
      <Box>
        <Button component={RouterLink} to="/bill-runs">
          All bill runs
        </Button>
      </Box>
    </Box>
  );
};
