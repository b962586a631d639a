import { Field, ID, ObjectType } from 'type-graphql';
import type { Context } from '../context.js';

/** Who did something (approved a run, worked an exception, opened a drawer): a user's name, not its credentials. */
@ObjectType({ description: 'A user as the records name them: who approved, posted, worked or opened something.' })
export class StaffMember {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
}

/** The user behind a `…By` id, batched per request (one query for a whole page of rows). */
export function staffMember(ctx: Context, userId: string | null | undefined): Promise<StaffMember | null> {
  if (!userId) return Promise.resolve(null);
  return ctx.loaders
    .single<StaffMember>('staff', async ids => {
      const { rows } = await ctx.app.pool.query<StaffMember>(`select id::text, name, email from app_user where id = any($1::bigint[])`, [ids]);
      return new Map(rows.map(r => [r.id, r]));
    })
    .load(userId);
}
