import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BillingAdmin } from './BillingAdmin';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BillingAdmin />
  </StrictMode>,
);
