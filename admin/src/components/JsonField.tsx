import { Box } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

/** A JSON value, pretty-printed. */
export const JsonField = ({ source }: FieldProps & { source: string }) => {
  const value = useFieldValue<Record<string, unknown>>({ source });
  if (value === null || value === undefined) return null;
  return (
    <Box
      component="pre"
      sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }}
    >
      {JSON.stringify(value, null, 2)}
    </Box>
  );
};
