import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import type { Context } from '../context.js';
import { isCalendarDate } from '../shared/dates/index.js';
import { BadUserInput } from '../shared/graphql/errors.js';
import { DateScalar } from '../shared/graphql/scalars.js';
import { type Aging, Aging as AgingType, agingView } from './aging.types.js';
import { agingBuckets } from './core/index.js';
import { agingEntriesOf, groupByAccount } from './ledger-read.js';

@Resolver(() => Account)
export class AccountAgingResolver {
  @FieldResolver(() => AgingType, { description: 'The account by days past due as of a date (default today), credits applied oldest first.' })
  async aging(@Root() account: Account, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null, @Ctx() ctx: Context): Promise<Aging> {
    const date = asOf ?? ctx.app.clock.today();
    if (!isCalendarDate(date)) throw BadUserInput.field('asOf', 'is not a date');
    // One query for every account of the page (an account list asking for aging stays ≤ 3 statements).
    const loader = ctx.loaders.grouped(`aging-entries:${date}`, async ids => {
      return groupByAccount(await agingEntriesOf(ctx.app.pool, ids, date));
    });
    return agingView(agingBuckets(await loader.load(account.id), date), date);
  }
}
