import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

/** A list of scalars, comma separated. */
export const TextListField = ({ source }: FieldProps & { source: string }) => {
  const value = useFieldValue<Record<string, unknown[] | null>>({ source });
  return (
    <Typography component="span" variant="body2">
      {Array.isArray(value) ? value.join(', ') : ''}
    </Typography>
  );
};
