import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';

const READING = /^\d{1,15}(\.\d{1,6})?$/;

/** A small read entry: the right register reading (and why), sent as CORRECT_READ. */
export const CorrectReadDialog = ({
  account,
  onSubmit,
  onClose,
}: {
  account: string | null;
  onSubmit: (readValue: string, note: string) => void;
  onClose: () => void;
}) => {
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const valid = READING.test(value.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onSubmit(value.trim(), note.trim());
  };
  return (
    <Dialog
      open={account !== null}
      onClose={onClose}
      slotProps={{ transition: { onExited: () => (setValue(''), setNote('')) } }}
    >
      <form onSubmit={submit}>
        <DialogTitle>Correct the read of {account}</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2, pt: 1, minWidth: 320 }}>
            <TextField
              autoFocus
              label="Register reading"
              value={value}
              onChange={e => setValue(e.target.value)}
              error={value !== '' && !valid}
              helperText={value !== '' && !valid ? 'digits, up to 6 decimals' : 'as the register shows it'}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
            <TextField label="Note" value={note} onChange={e => setNote(e.target.value)} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={!valid}>
            Correct
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
