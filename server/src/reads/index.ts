import { MeterRead } from './meter-read.entity.js';
import { ReadImport } from './read-import.entity.js';
import { ReadImportResolver } from './read-import.resolver.js';
import { readImportRoutes } from './read-import.routes.js';
import { routeFileRoutes } from './route-file/route-file.routes.js';
import { MeterReadResolver, MeterReadsResolver } from './read.resolver.js';
import { AmiAlert } from './queues/ami-alert.entity.js';
import { AmiAlertResolver } from './queues/ami-alert.resolver.js';
import { ReadOrphan } from './queues/read-orphan.entity.js';
import { OrphanReadResolver } from './queues/read-queue.resolver.js';

export const entities = [MeterRead, ReadImport, ReadOrphan, AmiAlert];
export const resolvers = [MeterReadResolver, MeterReadsResolver, ReadImportResolver, OrphanReadResolver, AmiAlertResolver] as const;
export const routes = [readImportRoutes, routeFileRoutes];
