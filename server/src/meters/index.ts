import { MeterInstallation } from './meter-installation.entity.js';
import { Meter } from './meter.entity.js';
import { MeterInstallationResolver, MeterResolver, PremiseMeterResolver } from './meter.resolver.js';

export const entities = [Meter, MeterInstallation];
export const resolvers = [MeterResolver, MeterInstallationResolver, PremiseMeterResolver] as const;
