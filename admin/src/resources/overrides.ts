import type { ScreenOverrides } from '../crud/resource-elements';
import { AccountShow } from './accounts/AccountShow';
import { CustomerShow } from './customers/CustomerShow';

/**
 * Hand-written screens, each replacing exactly one generated screen of one resource. Add a folder
 * per resource (`resources/<resource>/`) and an entry here; every other screen stays generated.
 */
export const screenOverrides: Readonly<Record<string, ScreenOverrides>> = {
  accounts: { show: AccountShow },
  customers: { show: CustomerShow },
};
