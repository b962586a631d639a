import DownloadIcon from '@mui/icons-material/Download';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Button, Stack, Typography } from '@mui/material';
import { fileRoutes } from '../shared/files';
import { useFilesBase } from '../shared/office-context';
import type { ConsoleRun } from './use-bill-run';

const SAMPLEABLE = new Set(['CALCULATED', 'APPROVED', 'POSTED', 'EXPORTED']);
const POSTED = new Set(['POSTED', 'EXPORTED']);
export const SAMPLE_BILLS = 10;

/** The files of a posted run for the print vendor and the e-bill service. */
const vendorFiles = (base: string, runId: string) => [
  { label: 'Print file (CSV)', href: fileRoutes.printCsv(base, runId) },
  { label: 'Manifest', href: fileRoutes.manifest(base, runId) },
  { label: 'All bills (PDF)', href: fileRoutes.billsPdf(base, runId) },
  { label: 'E-bills (CSV)', href: fileRoutes.ebills(base, runId) },
];

/** Sample bills as PDF once calculated (stamped DRAFT before posting); the vendor's files once posted. */
export const PrintFiles = ({ run }: { run: ConsoleRun }) => {
  const base = useFilesBase();
  if (!SAMPLEABLE.has(run.status)) {
    return (
      <Typography variant="body2">Sample bills and print files come once the run is calculated.</Typography>
    );
  }
  const posted = POSTED.has(run.status);
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
      <Button
        href={fileRoutes.billsPdf(base, run.id, SAMPLE_BILLS)}
        target="_blank"
        rel="noopener"
        startIcon={<PictureAsPdfIcon />}
      >
        Sample bills (PDF, first {SAMPLE_BILLS})
      </Button>
      {posted &&
        vendorFiles(base, run.id).map(file => (
          <Button key={file.label} href={file.href} download startIcon={<DownloadIcon />} variant="outlined">
            {file.label}
          </Button>
        ))}
      {!posted && (
        <Typography variant="body2" sx={{ alignSelf: 'center' }}>
          The print file, manifest and e-bills come after posting.
        </Typography>
      )}
    </Stack>
  );
};
