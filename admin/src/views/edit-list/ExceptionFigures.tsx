import { Box, Typography } from '@mui/material';
import { figureRows } from './figures';

/** The figures of an exception as a small two-column list. */
export const ExceptionFigures = ({ figures }: { figures: unknown }) => {
  const rows = figureRows(figures);
  if (!rows.length) return null;
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}
      aria-label="Figures"
    >
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, fontVariantNumeric: 'tabular-nums' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
