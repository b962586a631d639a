import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { ApiTokenInput, ApiTokenResult, SessionResult, UserInput } from './auth.types.js';
import { ADMINS, Role } from './roles.js';
import { User } from './user.entity.js';
import * as auth from './auth.service.js';
import { checkLoginAllowed, recordLoginFailure, recordLoginSuccess } from './login-throttle.js';
import { Public } from './public.js';
import { setSessionCookie, clearSessionCookie, tokenOf } from './session-cookie.js';

@Resolver()
export class AuthResolver {
  @Public()
  @Mutation(() => SessionResult, { description: 'Signs in; returns a token and sets an httpOnly session cookie.' })
  async login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<SessionResult> {
    const key = email.trim().toLowerCase();
    const address = ctx.req?.ip ?? 'unknown';
    await checkLoginAllowed(key, address);
    let session;
    try {
      session = await auth.login(ctx.em, ctx.app.config, email, password, ctx.app.clock.now());
    } catch (error) {
      await recordLoginFailure(key, address);
      throw error;
    }
    await recordLoginSuccess(key);
    if (ctx.res) setSessionCookie(ctx.res, session.token, session.expiresAt, ctx.app.config.cookieSecure);
    return session;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const token = ctx.req ? tokenOf(ctx.req) : null;
    if (token) await auth.revokeToken(ctx.em, token, ctx.app.clock.now());
    if (ctx.res) clearSessionCookie(ctx.res);
    return true;
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user.' })
  async me(@Ctx() ctx: Context): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: ctx.user!.id });
  }

  @Authorized(...ADMINS)
  @Mutation(() => User)
  createUser(@Arg('input', () => UserInput) input: UserInput, @Ctx() ctx: Context): Promise<User> {
    return auth.createUser(ctx.em, input);
  }

  @Authorized(...ADMINS)
  @Mutation(() => ApiTokenResult, { description: 'A revocable token for a GIS or reporting tool.' })
  async createApiToken(@Arg('input', () => ApiTokenInput) input: ApiTokenInput, @Ctx() ctx: Context): Promise<ApiTokenResult> {
    return auth.createApiToken(ctx.em, input);
  }

  @Authorized(...ADMINS)
  @Mutation(() => Boolean)
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return auth.revokeSession(ctx.em, id, ctx.app.clock.now());
  }
}

export const ROLE_VALUES = Object.values(Role);
