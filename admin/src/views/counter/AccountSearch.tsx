import {
  Box,
  LinearProgress,
  List,
  ListItemButton,
  ListItemText,
  TextField,
  Typography,
} from '@mui/material';
import { useRef, useState, type KeyboardEvent } from 'react';
import { formatMoney } from '../../format/money';
import { useAccountSearch, type CounterAccount } from './use-account-search';

/**
 * Finds an account from one box: name, service address, account number or meter serial. Enter
 * takes the first match; ↓ moves into the list.
 */
export const AccountSearch = ({
  onPick,
  autoFocus = true,
}: {
  onPick: (account: CounterAccount) => void;
  autoFocus?: boolean;
}) => {
  const [text, setText] = useState('');
  const { accounts, fetching, searched } = useAccountSearch(text);
  const list = useRef<HTMLUListElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && accounts[0] && !fetching) {
      event.preventDefault();
      onPick(accounts[0]);
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      list.current?.querySelector<HTMLElement>('[role="button"], .MuiListItemButton-root')?.focus();
    }
  };
  return (
    <Box>
      <TextField
        fullWidth
        autoFocus={autoFocus}
        label="Find an account"
        placeholder="Customer name, service address, account or meter number"
        value={text}
        onChange={e => setText(e.target.value)}
        onKeyDown={onKeyDown}
        slotProps={{ htmlInput: { 'aria-label': 'Find an account', autoComplete: 'off' } }}
      />
      {fetching && searched !== null && <LinearProgress />}
      <List ref={list} dense aria-label="Matching accounts">
        {accounts.map(a => (
          <ListItemButton key={a.id} onClick={() => onPick(a)}>
            <ListItemText
              primary={`${a.customer.name} · ${a.number}`}
              secondary={`${a.premise.address}, ${a.premise.city} · ${a.status.toLowerCase()} · balance ${formatMoney(a.balance)}`}
            />
          </ListItemButton>
        ))}
      </List>
      {searched && !fetching && !accounts.length && (
        <Typography variant="body2">No account matches “{searched}”.</Typography>
      )}
    </Box>
  );
};
