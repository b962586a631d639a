import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { DateFilter, EnumFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { EntryKind } from './entry-kind.js';

const EntryKindFilter = EnumFilter(EntryKind, 'EntryKind');

@InputType()
export class LedgerEntryFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
  @Field(() => EntryKindFilter, { nullable: true }) kind?: InstanceType<typeof EntryKindFilter>;
  @Field(() => DateFilter, { nullable: true }) postedOn?: DateFilter;
  @Field(() => StringFilter, { nullable: true }) source?: StringFilter;
}

export enum LedgerEntryOrderField {
  POSTED_ON = 'POSTED_ON',
}
registerEnumType(LedgerEntryOrderField, { name: 'LedgerEntryOrderField' });
const LedgerEntryOrder = OrderInput(LedgerEntryOrderField, 'LedgerEntry');

@ArgsType()
export class LedgerEntryListArgs extends PageArgs {
  @Field(() => LedgerEntryFilter, { nullable: true }) filter?: LedgerEntryFilter;
  @Field(() => [LedgerEntryOrder], { nullable: true }) orderBy?: InstanceType<typeof LedgerEntryOrder>[];
}
