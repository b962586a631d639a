import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { ImportFormat, ImportReadsMutation } from '../../gql/graphql';
import { useOfficeMutation } from '../shared/use-office-mutation';

const ImportReadsDocument = graphql(`
  mutation ImportReads($input: FileImportInput!) {
    importMeterReads(input: $input) {
      importId
      fileName
      reads
      imported
      duplicates
      orphans
      conflicts
      alerts
      noReads
      alreadyImported
      editListsRefreshed
    }
  }
`);

const FORMATS: readonly [ImportFormat, string][] = [
  ['AMI_CSV', 'AMI CSV'],
  ['BEACON_CSV', 'Badger BEACON'],
  ['NEPTUNE_ROUTE', 'Neptune route file'],
];

type Result = ImportReadsMutation['importMeterReads'];

/** "120 reads: 118 recorded, 1 duplicate, 1 orphan, 2 AMI alerts; 1 edit list refreshed" */
export function importSummary(r: Result): string {
  if (r.alreadyImported) return `${r.fileName} was imported before: nothing new was recorded.`;
  const parts = [
    `${r.imported} recorded`,
    `${r.duplicates} duplicates`,
    `${r.orphans} orphans`,
    `${r.alerts} AMI alerts`,
  ];
  if (r.noReads) parts.push(`${r.noReads} without a reading`);
  const lists = r.editListsRefreshed.length
    ? `; ${r.editListsRefreshed.length} open edit list(s) refreshed`
    : '';
  return `${r.fileName}: ${r.reads} reads: ${parts.join(', ')}${lists}.`;
}

/** Reads in: an AMI, BEACON or Neptune file chosen or pasted, imported whole or not at all. */
export const ReadImportPanel = () => {
  const [format, setFormat] = useState<ImportFormat>('AMI_CSV');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [pasted, setPasted] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [chooser, setChooser] = useState(0); // a new file input after each import
  const [importReads, busy] = useOfficeMutation(ImportReadsDocument);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(chosen ? { name: chosen.name, content: await chosen.text() } : null);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const content = file?.content ?? pasted;
    const fileName = file?.name ?? `pasted-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`;
    const outcome = await importReads({ input: { format, fileName, content } });
    setResult(outcome.data?.importMeterReads ?? null);
    if (outcome.data) {
      setFile(null);
      setPasted('');
      setChooser(n => n + 1);
    }
  };
  return (
    <Stack component="form" onSubmit={submit} sx={{ gap: 2 }} aria-label="Import reads">
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          select
          size="small"
          fullWidth={false}
          label="Format"
          value={format}
          onChange={e => setFormat(e.target.value as ImportFormat)}
          sx={{ minWidth: 200 }}
        >
          {FORMATS.map(([value, label]) => (
            <MenuItem key={value} value={value}>
              {label}
            </MenuItem>
          ))}
        </TextField>
        <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
          {file ? file.name : 'Choose a file'}
          <input
            key={chooser}
            type="file"
            hidden
            accept=".csv,.txt,.dat,text/csv,text/plain"
            onChange={e => void choose(e)}
            aria-label="Read file"
          />
        </Button>
        <Button type="submit" variant="contained" disabled={busy || (!file && !pasted.trim())}>
          Import reads
        </Button>
      </Stack>
      {!file && (
        <TextField
          label="…or paste the file here"
          multiline
          minRows={2}
          maxRows={8}
          value={pasted}
          onChange={e => setPasted(e.target.value)}
          slotProps={{ htmlInput: { style: { fontFamily: 'monospace' } } }}
        />
      )}
      {result && (
        <Alert severity={result.orphans || result.alerts ? 'warning' : 'success'}>
          {importSummary(result)}
        </Alert>
      )}
    </Stack>
  );
};
