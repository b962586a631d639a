import { Box, Typography } from '@mui/material';
import { Pagination, ReferenceManyField } from 'react-admin';
import type { ResourceModel } from '../schema/schema-model';
import { resources } from '../schema/resources';
import { ResourceDataTable } from './ResourceDataTable';

/** A list per connection field of the type (an account's ledger, a meter's reads), through getManyReference. */
export const RelatedLists = ({ model }: { model: ResourceModel }) => (
  <>
    {model.fields
      .filter(f => f.kind === 'connection' && resources.has(f.reference!))
      .map(field => (
        <Box key={field.name} sx={{ px: 2, pb: 2 }}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            {field.label}
          </Typography>
          <ReferenceManyField
            reference={field.reference!}
            target={field.target!}
            perPage={10}
            pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
          >
            <ResourceDataTable
              model={resources.get(field.reference!)!}
              omit={[field.target!]}
              storeKey={`${model.name}.${field.name}.datatable`}
              bulkActions={false}
            />
          </ReferenceManyField>
        </Box>
      ))}
  </>
);
