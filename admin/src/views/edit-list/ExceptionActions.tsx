import { Button, Stack } from '@mui/material';
import type { EditWorkOrderType, ExceptionActionKind } from '../../gql/graphql';

export type ActRequest = { action: ExceptionActionKind; workOrderType?: EditWorkOrderType } | 'correct';

const BUTTONS: readonly { key: string; label: string; request: ActRequest }[] = [
  { key: 'a', label: 'Accept', request: { action: 'ACCEPT' } },
  { key: 'e', label: 'Estimate', request: { action: 'ESTIMATE' } },
  { key: 'c', label: 'Correct read', request: 'correct' },
  { key: 'h', label: 'Hold', request: { action: 'HOLD' } },
  { key: 'u', label: 'Release hold', request: { action: 'RELEASE_HOLD' } },
  { key: 'r', label: 'Re-read', request: { action: 'WORK_ORDER', workOrderType: 'RE_READ' } },
  { key: 'l', label: 'Leak check', request: { action: 'WORK_ORDER', workOrderType: 'LEAK_CHECK' } },
];

/** The actions of the current exception, each with its key; the server says when one does not apply. */
export const ExceptionActions = ({
  disabled,
  onAct,
}: {
  disabled: boolean;
  onAct: (request: ActRequest) => void;
}) => (
  <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }} role="toolbar" aria-label="Exception actions">
    {BUTTONS.map(b => (
      <Button
        key={b.key}
        size="small"
        variant="outlined"
        disabled={disabled}
        onClick={() => onAct(b.request)}
        aria-keyshortcuts={b.key}
        title={`${b.label} (${b.key})`}
      >
        {b.label} <kbd style={{ marginLeft: 6, opacity: 0.7 }}>{b.key}</kbd>
      </Button>
    ))}
  </Stack>
);
