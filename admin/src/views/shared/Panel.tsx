import { Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled block of a custom view, with optional actions on the right of the title. */
export const Panel = ({
  title,
  actions,
  children,
}: {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) => (
  <Paper variant="outlined" sx={{ p: 2 }} component="section">
    <Stack
      direction="row"
      sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, gap: 1, flexWrap: 'wrap' }}
    >
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {actions}
    </Stack>
    {children}
  </Paper>
);
