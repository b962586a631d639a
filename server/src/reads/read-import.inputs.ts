import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { WorkOrderType } from '../workorders/work-order-enums.js';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { DateFilter, DateTimeFilter, EnumFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { ImportFormat } from '../shared/graphql/file-import.js';
import { DateScalar } from '../shared/graphql/scalars.js';
import { AmiAlertFlag, AmiAlertStatus, OrphanReason, OrphanStatus } from './read-import-enums.js';

const FormatFilter = EnumFilter(ImportFormat, 'ImportFormat');

@InputType()
export class ReadImportFilter {
  @Field(() => String, { nullable: true, description: 'Searches the file name.' }) q?: string;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => FormatFilter, { nullable: true }) format?: InstanceType<typeof FormatFilter>;
  @Field(() => StringFilter, { nullable: true }) fileName?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true }) importedAt?: DateTimeFilter;
}

export enum ReadImportOrderField {
  IMPORTED_AT = 'IMPORTED_AT',
  FILE_NAME = 'FILE_NAME',
}
registerEnumType(ReadImportOrderField, { name: 'ReadImportOrderField' });
const ReadImportOrder = OrderInput(ReadImportOrderField, 'ReadImport');

@ArgsType()
export class ReadImportListArgs extends PageArgs {
  @Field(() => ReadImportFilter, { nullable: true }) filter?: ReadImportFilter;
  @Field(() => [ReadImportOrder], { nullable: true }) orderBy?: InstanceType<typeof ReadImportOrder>[];
}

const OrphanStatusFilter = EnumFilter(OrphanStatus, 'OrphanStatus');
const OrphanReasonFilter = EnumFilter(OrphanReason, 'OrphanReason');

@InputType()
export class OrphanReadFilter {
  @Field(() => String, { nullable: true, description: 'Searches endpoint and serial number.' }) q?: string;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => OrphanStatusFilter, { nullable: true }) status?: InstanceType<typeof OrphanStatusFilter>;
  @Field(() => OrphanReasonFilter, { nullable: true }) reason?: InstanceType<typeof OrphanReasonFilter>;
  @Field(() => IdFilter, { nullable: true }) readImportId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) meterId?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) endpointId?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) meterSerial?: StringFilter;
  @Field(() => DateFilter, { nullable: true }) readOn?: DateFilter;
}

export enum OrphanReadOrderField {
  CREATED_AT = 'CREATED_AT',
  READ_AT = 'READ_AT',
}
registerEnumType(OrphanReadOrderField, { name: 'OrphanReadOrderField' });
const OrphanReadOrder = OrderInput(OrphanReadOrderField, 'OrphanRead');

@ArgsType()
export class OrphanReadListArgs extends PageArgs {
  @Field(() => OrphanReadFilter, { nullable: true }) filter?: OrphanReadFilter;
  @Field(() => [OrphanReadOrder], { nullable: true }) orderBy?: InstanceType<typeof OrphanReadOrder>[];
}

const AlertStatusFilter = EnumFilter(AmiAlertStatus, 'AmiAlertStatus');
const AlertFlagFilter = EnumFilter(AmiAlertFlag, 'AmiAlertFlag');

@InputType()
export class AmiAlertFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => AlertStatusFilter, { nullable: true }) status?: InstanceType<typeof AlertStatusFilter>;
  @Field(() => AlertFlagFilter, { nullable: true }) flag?: InstanceType<typeof AlertFlagFilter>;
  @Field(() => IdFilter, { nullable: true }) meterId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) premiseId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) readImportId?: IdFilter;
  @Field(() => DateFilter, { nullable: true }) readOn?: DateFilter;
}

export enum AmiAlertOrderField {
  CREATED_AT = 'CREATED_AT',
  READ_ON = 'READ_ON',
}
registerEnumType(AmiAlertOrderField, { name: 'AmiAlertOrderField' });
const AmiAlertOrder = OrderInput(AmiAlertOrderField, 'AmiAlert');

@ArgsType()
export class AmiAlertListArgs extends PageArgs {
  @Field(() => AmiAlertFilter, { nullable: true }) filter?: AmiAlertFilter;
  @Field(() => [AmiAlertOrder], { nullable: true }) orderBy?: InstanceType<typeof AmiAlertOrder>[];
}

/** What resolveOrphanRead is given. */
export interface ResolveOrphanReadInput {
  readonly id: string;
  readonly meterId: string;
  readonly replaceExisting?: boolean;
  readonly note?: string;
}

@InputType()
export class AmiAlertWorkOrderInput {
  @Field(() => ID) id!: string;
  @Field(() => WorkOrderType, { nullable: true, description: 'LEAK_CHECK or INVESTIGATE; by default LEAK_CHECK for a LEAK alert, INVESTIGATE for the others.' }) type?: WorkOrderType;
  @Field(() => DateScalar, { nullable: true }) scheduledFor?: string;
  @Field(() => String, { nullable: true }) note?: string;
}
