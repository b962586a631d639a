import { Box, Typography } from '@mui/material';
import { EDIT_LIST_KEYS } from './keymap';

/** The keyboard map, always on screen under the list. */
export const KeyHelp = () => (
  <Box
    component="aside"
    aria-label="Keyboard"
    sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, color: 'text.secondary' }}
  >
    {EDIT_LIST_KEYS.map(([key, what]) => (
      <Typography key={key} variant="caption">
        <kbd>{key}</kbd> {what}
      </Typography>
    ))}
  </Box>
);
