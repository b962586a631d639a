import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { filesBaseOf } from './files';

const FilesBase = createContext<string>('');

/** Gives the custom views the base URL of the server's file routes (print files, bill PDFs). */
export const OfficeProvider = ({ endpoint, children }: { endpoint: string; children: ReactNode }) => {
  const base = useMemo(
    () => filesBaseOf(endpoint, typeof window === 'undefined' ? 'http://localhost/' : window.location.href),
    [endpoint],
  );
  return <FilesBase.Provider value={base}>{children}</FilesBase.Provider>;
};

export const useFilesBase = () => useContext(FilesBase);
