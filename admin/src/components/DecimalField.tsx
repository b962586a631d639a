import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatDecimal } from '../format/money';

/** A decimal kept as text, with its digits grouped. */
export const DecimalField = ({ source }: FieldProps & { source: string }) => {
  const value = useFieldValue<Record<string, string | null>>({ source });
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatDecimal(value ?? '')}
    </Typography>
  );
};
