import { Chip } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import type { EnumChoice } from '../schema/schema-model';

/** An enum value as a small chip with its humanized name; the schema's description is the tooltip. */
export const EnumField = ({
  source,
  choices,
}: FieldProps & { source: string; choices: readonly EnumChoice[] }) => {
  const value = useFieldValue<Record<string, string | string[] | null>>({ source });
  if (value === null || value === undefined) return null;
  const values = Array.isArray(value) ? value : [value];
  return (
    <>
      {values.map(v => {
        const choice = choices.find(c => c.id === v);
        return (
          <Chip key={v} size="small" label={choice?.name ?? v} title={choice?.description} sx={{ mr: 0.5 }} />
        );
      })}
    </>
  );
};
