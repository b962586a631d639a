import { Box } from '@mui/material';
import { RecordField } from 'react-admin';
import type { ResourceModel } from '../schema/schema-model';
import { fieldElement } from './field-kinds';
import { showOrder } from './field-order';

/** Every field of the record, labelled, in a grid that uses the width of the screen. */
export const ShowFields = ({ model }: { model: ResourceModel }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2, p: 2 }}>
    {showOrder(model.fields, model.displayField).map(field => (
      <RecordField key={field.source} source={field.source} label={field.label}>
        {fieldElement(field)}
      </RecordField>
    ))}
  </Box>
);
