import { MenuItem, Stack, TextField } from '@mui/material';
import type { EditListFilters } from './filters';

const STATUSES = [
  ['ALL', 'Any status'],
  ['OPEN_WORK', 'Open or re-check'],
  ['OPEN', 'Open'],
  ['RECHECK', 'Re-check'],
  ['RESOLVED', 'Resolved'],
] as const;

const SEVERITIES = [
  ['ALL', 'Blocking and warnings'],
  ['BLOCKING', 'Blocking'],
  ['WARNING', 'Warnings'],
] as const;

/** Status, blocking and route filters of the edit list (the code is picked with the chips). */
export const FilterBar = ({
  filters,
  onChange,
}: {
  filters: EditListFilters;
  onChange: (f: EditListFilters) => void;
}) => (
  <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
    <TextField
      select
      size="small"
      label="Status"
      value={filters.status}
      onChange={e => onChange({ ...filters, status: e.target.value as EditListFilters['status'] })}
      fullWidth={false}
      sx={{ width: 200 }}
    >
      {STATUSES.map(([value, label]) => (
        <MenuItem key={value} value={value}>
          {label}
        </MenuItem>
      ))}
    </TextField>
    <TextField
      select
      size="small"
      label="Severity"
      value={filters.severity}
      onChange={e => onChange({ ...filters, severity: e.target.value as EditListFilters['severity'] })}
      fullWidth={false}
      sx={{ width: 220 }}
    >
      {SEVERITIES.map(([value, label]) => (
        <MenuItem key={value} value={value}>
          {label}
        </MenuItem>
      ))}
    </TextField>
    <TextField
      size="small"
      label="Route"
      fullWidth={false}
      sx={{ width: 160 }}
      value={filters.routeCode}
      onChange={e => onChange({ ...filters, routeCode: e.target.value })}
      onKeyDown={e => e.key === 'Escape' && (e.target as HTMLInputElement).blur()}
    />
  </Stack>
);
