import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatDate, formatDateTime } from '../format/dates';

/** A calendar date ("2026-03-31"), never shifted by the browser's time zone. */
export const CalendarDateField = ({ source }: FieldProps & { source: string }) => {
  const value = useFieldValue<Record<string, string | null>>({ source });
  return (
    <Typography component="span" variant="body2" title={value ?? undefined}>
      {formatDate(value)}
    </Typography>
  );
};

/** An instant, in the browser's time zone. */
export const InstantField = ({ source }: FieldProps & { source: string }) => {
  const value = useFieldValue<Record<string, string | null>>({ source });
  return (
    <Typography component="span" variant="body2" title={value ?? undefined}>
      {formatDateTime(value)}
    </Typography>
  );
};
