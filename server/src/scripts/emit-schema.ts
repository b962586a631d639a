import { writeFileSync } from 'node:fs';
import { printSchemaFile } from './print-schema.js';

writeFileSync('schema.graphql', await printSchemaFile());
console.log('schema.graphql written');
