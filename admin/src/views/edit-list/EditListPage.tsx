import { Alert, Box, Button, Chip, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { Title } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { humanize } from '../../format/labels';
import { CodeChips } from './CodeChips';
import { CorrectReadDialog } from './CorrectReadDialog';
import { ExceptionDetail } from './ExceptionDetail';
import type { ActRequest } from './ExceptionActions';
import { ExceptionTable } from './ExceptionTable';
import { FilterBar } from './FilterBar';
import { DEFAULT_FILTERS, type EditListFilters } from './filters';
import { KeyHelp } from './KeyHelp';
import type { EditListCommand } from './keymap';
import { useEditList } from './use-edit-list';
import { useEditListCursor } from './use-edit-list-cursor';
import { useEditListKeys } from './use-edit-list-keys';
import { useExceptionAccount } from './use-exception-account';
import { useExceptionActions } from './use-exception-actions';

/** The pre-billing edit list of one run, worked with the keyboard (see KeyHelp). */
export const EditListPage = () => {
  const runId = useParams().runId ?? '';
  const [filters, setFilters] = useState<EditListFilters>(DEFAULT_FILTERS);
  const { run, fetching, error, refresh } = useEditList(runId, filters);
  const exceptions = run?.exceptions.nodes ?? [];
  const list = useEditListCursor(exceptions);
  const detail = useExceptionAccount(runId, list.current?.account.id ?? null, run?.readWindowEnd ?? null);
  const refreshDetail = detail.refresh;
  const refreshAll = useCallback(() => {
    refresh();
    refreshDetail();
  }, [refresh, refreshDetail]);
  const { work, acceptMany, busy } = useExceptionActions(runId, refreshAll);
  const [correcting, setCorrecting] = useState(false);

  const act = async (request: ActRequest) => {
    const current = list.current;
    if (!current || busy) return;
    if (request === 'correct') return setCorrecting(true);
    if (
      await work(
        current,
        request.action,
        request.workOrderType ? { workOrderType: request.workOrderType } : {},
      )
    )
      list.move(1);
  };
  const onCommand = (command: EditListCommand) => {
    if (command.kind === 'move') list.move(command.by);
    else if (command.kind === 'toggle') {
      if (list.current) list.toggle(list.current.id);
    } else if (command.kind === 'selectAll') list.selectAll();
    else if (command.kind === 'bulkAccept')
      void acceptMany([...list.selected]).then(ok => ok && list.clear());
    else if (command.kind === 'correct') void act('correct');
    else void act(command);
  };
  useEditListKeys(!correcting, onCommand);

  if (error && !run) return <Alert severity="error">{error.message}</Alert>;
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Title title={run ? `Edit list · run ${run.number}` : 'Edit list'} />
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          Edit list {run ? `· run ${run.number}` : ''}
        </Typography>
        {run && <Chip label={humanize(run.status)} />}
        {run?.cycle && <Typography color="text.secondary">{run.cycle.name}</Typography>}
        <Button component={RouterLink} to={`/bill-runs/${encodeURIComponent(runId)}`} size="small">
          Bill run console
        </Button>
      </Stack>
      {run && (
        <CodeChips
          counts={run.exceptionCounts}
          code={filters.code}
          onCode={code => setFilters({ ...filters, code })}
        />
      )}
      <FilterBar filters={filters} onChange={setFilters} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(340px, 1fr)' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Paper variant="outlined">
          {(fetching || busy) && <LinearProgress aria-label="Working" />}
          <ExceptionTable
            exceptions={exceptions}
            cursor={list.cursor}
            selected={list.selected}
            onPick={list.setCursor}
            onToggle={list.toggle}
          />
          <Typography variant="caption" sx={{ display: 'block', p: 1 }}>
            {exceptions.length} of {run?.exceptions.totalCount ?? 0} shown · {list.selected.size} selected
          </Typography>
        </Paper>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <ExceptionDetail
            exception={list.current}
            detail={detail}
            windowEnd={run?.readWindowEnd ?? ''}
            busy={busy}
            onAct={request => void act(request)}
          />
        </Paper>
      </Box>
      <KeyHelp />
      <CorrectReadDialog
        account={correcting ? (list.current?.account.number ?? null) : null}
        onClose={() => setCorrecting(false)}
        onSubmit={(readValue, note) => {
          const current = list.current;
          setCorrecting(false);
          if (current) void work(current, 'CORRECT_READ', { readValue, ...(note ? { note } : {}) });
        }}
      />
    </Box>
  );
};
