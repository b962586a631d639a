import type { ScreenOverrides } from '../crud/resource-elements';
import { CustomerShow } from './customers/CustomerShow';

/**
 * Hand-written screens, each replacing exactly one generated screen of one resource. Add a folder
 * per resource (`resources/<resource>/`) and an entry here; every other screen stays generated.
 */
export const screenOverrides: Readonly<Record<string, ScreenOverrides>> = {
  customers: { show: CustomerShow },
};
