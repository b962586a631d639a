import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import PendingActionsIcon from '@mui/icons-material/PendingActions';
import PlaylistPlayIcon from '@mui/icons-material/PlaylistPlay';
import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import { Divider, ListSubheader } from '@mui/material';
import { Layout, Menu, useSidebarState, type LayoutProps } from 'react-admin';

/** The billing office's own screens, in the order of the clerk's day. */
export const OFFICE_ITEMS = [
  { to: '/edit-list', label: 'Edit list', icon: <FactCheckIcon /> },
  { to: '/bill-runs', label: 'Bill runs', icon: <PlaylistPlayIcon /> },
  { to: '/counter', label: 'Counter', icon: <PointOfSaleIcon /> },
  { to: '/drawers', label: 'Cash drawers', icon: <AccountBalanceIcon /> },
  { to: '/suspense', label: 'Suspense', icon: <PendingActionsIcon /> },
] as const;

/** "Billing office" above the generated resources. */
export const OfficeMenu = () => {
  const [open] = useSidebarState();
  return (
    <Menu>
      {open && (
        <ListSubheader component="div" sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
          Billing office
        </ListSubheader>
      )}
      {OFFICE_ITEMS.map(item => (
        <Menu.Item key={item.to} to={item.to} primaryText={item.label} leftIcon={item.icon} />
      ))}
      <Divider sx={{ my: 1 }} />
      {open && (
        <ListSubheader component="div" sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
          Records
        </ListSubheader>
      )}
      <Menu.ResourceItems />
    </Menu>
  );
};

export const OfficeLayout = ({ children }: LayoutProps) => <Layout menu={OfficeMenu}>{children}</Layout>;
