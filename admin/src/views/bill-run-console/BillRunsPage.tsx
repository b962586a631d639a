import { Box, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { Panel } from '../shared/Panel';
import { BillRunTable } from './BillRunTable';
import { NewBillRunForm } from './NewBillRunForm';
import { ReadImportPanel } from './ReadImportPanel';

/** Steps 1–3 of the clerk's cycle: reads in, a new run, and the runs to follow. */
export const BillRunsPage = () => (
  <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
    <Title title="Bill runs" />
    <Typography variant="h5" component="h1">
      Bill runs
    </Typography>
    <Panel title="Reads in">
      <ReadImportPanel />
    </Panel>
    <Panel title="New bill run">
      <NewBillRunForm />
    </Panel>
    <Panel title="Runs">
      <BillRunTable />
    </Panel>
  </Box>
);
