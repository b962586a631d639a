import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { BooleanFilter, DateFilter, EnumFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { DateScalar, DecimalScalar } from '../shared/graphql/scalars.js';
import { BillKind, BillRunKind, BillRunStatus, ExceptionStatus, RunDisposition } from './billing-enums.js';

@InputType()
export class BillRunInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => DateScalar) readWindowStart!: string;
  @Field(() => DateScalar) readWindowEnd!: string;
  @Field(() => DateScalar) billDate!: string;
  @Field(() => DateScalar, { nullable: true, description: "Default: bill date + the cycle's due days, moved off weekends." }) dueDate?: string;
}

export enum ExceptionActionKind {
  ACCEPT = 'ACCEPT',
  CORRECT_READ = 'CORRECT_READ',
  ESTIMATE = 'ESTIMATE',
  HOLD = 'HOLD',
  RELEASE_HOLD = 'RELEASE_HOLD',
  WORK_ORDER = 'WORK_ORDER',
}
registerEnumType(ExceptionActionKind, { name: 'ExceptionActionKind' });

export enum EditWorkOrderType {
  RE_READ = 'RE_READ',
  LEAK_CHECK = 'LEAK_CHECK',
}
registerEnumType(EditWorkOrderType, { name: 'EditWorkOrderType' });

@InputType({ description: 'An action on an edit-list exception (or, for HOLD/RELEASE_HOLD, on an account of the run).' })
export class ExceptionActionInput {
  @Field(() => ID, { nullable: true }) exceptionId?: string;
  @Field(() => ID, { nullable: true, description: 'With accountId, for HOLD and RELEASE_HOLD.' }) runId?: string;
  @Field(() => ID, { nullable: true }) accountId?: string;
  @Field(() => ExceptionActionKind) action!: ExceptionActionKind;
  @Field(() => DecimalScalar, { nullable: true, description: 'CORRECT_READ: the right register reading.' }) readValue?: string;
  @Field(() => EditWorkOrderType, { nullable: true }) workOrderType?: EditWorkOrderType;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType({ description: 'The same action on many exceptions at once (e.g. accept 200 LOW exceptions).' })
export class BulkExceptionActionInput {
  @Field(() => [ID]) exceptionIds!: string[];
  @Field(() => ExceptionActionKind) action!: ExceptionActionKind;
  @Field(() => EditWorkOrderType, { nullable: true }) workOrderType?: EditWorkOrderType;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType({ description: 'Cancels a posted bill and rebills the period (a REBILL run that reverses it when it posts).' })
export class RebillInput {
  @Field(() => ID) billId!: string;
  @Field(() => String) reason!: string;
}

@InputType({ description: 'A bill for one account outside its cycle, prorated on its days.' })
export class OffCycleBillInput {
  @Field(() => ID) accountId!: string;
  @Field(() => DateScalar) readWindowStart!: string;
  @Field(() => DateScalar) readWindowEnd!: string;
  @Field(() => DateScalar) billDate!: string;
  @Field(() => DateScalar, { nullable: true }) dueDate?: string;
}

const StatusFilter = EnumFilter(BillRunStatus, 'BillRunStatus');
const KindFilter = EnumFilter(BillRunKind, 'BillRunKind');

@InputType()
export class BillRunFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) number?: StringFilter;
  @Field(() => StatusFilter, { nullable: true }) status?: InstanceType<typeof StatusFilter>;
  @Field(() => KindFilter, { nullable: true }) kind?: InstanceType<typeof KindFilter>;
  @Field(() => IdFilter, { nullable: true }) cycleId?: IdFilter;
  @Field(() => DateFilter, { nullable: true }) billDate?: DateFilter;
}

export enum BillRunOrderField {
  NUMBER = 'NUMBER',
  BILL_DATE = 'BILL_DATE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(BillRunOrderField, { name: 'BillRunOrderField' });
const BillRunOrder = OrderInput(BillRunOrderField, 'BillRun');

@ArgsType()
export class BillRunListArgs extends PageArgs {
  @Field(() => BillRunFilter, { nullable: true }) filter?: BillRunFilter;
  @Field(() => [BillRunOrder], { nullable: true }) orderBy?: InstanceType<typeof BillRunOrder>[];
}

const ExceptionStatusFilter = EnumFilter(ExceptionStatus, 'ExceptionStatus');

@InputType()
export class BillRunExceptionFilter {
  @Field(() => StringFilter, { nullable: true }) code?: StringFilter;
  @Field(() => ExceptionStatusFilter, { nullable: true }) status?: InstanceType<typeof ExceptionStatusFilter>;
  @Field(() => BooleanFilter, { nullable: true }) blocking?: BooleanFilter;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Route code of the premise.' }) routeCode?: StringFilter;
}

export enum BillRunExceptionOrderField {
  ACCOUNT = 'ACCOUNT',
  CODE = 'CODE',
}
registerEnumType(BillRunExceptionOrderField, { name: 'BillRunExceptionOrderField' });
const BillRunExceptionOrder = OrderInput(BillRunExceptionOrderField, 'BillRunException');

@ArgsType()
export class BillRunExceptionListArgs extends PageArgs {
  @Field(() => BillRunExceptionFilter, { nullable: true }) filter?: BillRunExceptionFilter;
  @Field(() => [BillRunExceptionOrder], { nullable: true }) orderBy?: InstanceType<typeof BillRunExceptionOrder>[];
}

const DispositionFilter = EnumFilter(RunDisposition, 'RunDisposition');

@InputType()
export class BillRunAccountFilter {
  @Field(() => DispositionFilter, { nullable: true }) disposition?: InstanceType<typeof DispositionFilter>;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
}

@ArgsType()
export class BillRunAccountListArgs extends PageArgs {
  @Field(() => BillRunAccountFilter, { nullable: true }) filter?: BillRunAccountFilter;
}

const BillKindFilter = EnumFilter(BillKind, 'BillKind');

@InputType()
export class BillFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) runId?: IdFilter;
  @Field(() => BillKindFilter, { nullable: true }) kind?: InstanceType<typeof BillKindFilter>;
  @Field(() => DateFilter, { nullable: true }) billDate?: DateFilter;
  @Field(() => DateFilter, { nullable: true }) periodEnd?: DateFilter;
}

export enum BillOrderField {
  PERIOD_END = 'PERIOD_END',
  BILL_DATE = 'BILL_DATE',
  RUN_ORDER = 'RUN_ORDER',
}
registerEnumType(BillOrderField, { name: 'BillOrderField' });
const BillOrder = OrderInput(BillOrderField, 'Bill');

@ArgsType()
export class BillListArgs extends PageArgs {
  @Field(() => BillFilter, { nullable: true }) filter?: BillFilter;
  @Field(() => [BillOrder], { nullable: true }) orderBy?: InstanceType<typeof BillOrder>[];
}

@InputType({ description: 'Stops service: the final read on the stop date produces the final bill, posted.' })
export class StopServiceInput {
  @Field(() => ID) accountId!: string;
  @Field(() => DateScalar) stopDate!: string;
  @Field(() => DecimalScalar, { description: 'The register reading on the stop date.' }) finalRead!: string;
}

@InputType({ description: 'A leak adjustment on a posted bill, by the billing policy.' })
export class LeakAdjustmentInput {
  @Field(() => ID) billId!: string;
  @Field(() => String, { description: 'What was repaired and how it was confirmed.' }) note!: string;
}
