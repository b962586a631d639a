import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatMoney } from '../format/money';

/** An amount of money, formatted from its text ("1234.5" → "$1,234.50"); credits in green. */
export const MoneyField = ({ source, emptyText = '' }: FieldProps & { source: string }) => {
  const value = useFieldValue<Record<string, string | null>>({ source });
  if (value === null || value === undefined || value === '') return <>{emptyText}</>;
  const credit = String(value).trim().startsWith('-');
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ fontVariantNumeric: 'tabular-nums', color: credit ? 'success.main' : undefined }}
    >
      {formatMoney(String(value))}
    </Typography>
  );
};
