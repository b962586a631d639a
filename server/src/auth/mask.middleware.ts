import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';
import { Role } from './roles.js';

/** Personal data is masked for REPORTING tools (quality.md "Security"): "J*** S****", "****1234". */
export function maskText(value: string): string {
  if (/^[\d\s()+.-]+$/.test(value)) return value.replace(/\d(?=(?:\D*\d){4})/g, '*');
  return value.replace(/(\p{L})(\p{L}*)/gu, (_m, first: string, rest: string) => first + '*'.repeat(rest.length));
}

export const onlyReporting = (ctx: Context) => {
  const roles = ctx.user?.roles ?? [];
  return roles.includes(Role.REPORTING) && !roles.some(r => r === Role.ADMIN || r === Role.SUPERVISOR || r === Role.CLERK);
};

export const MaskForReporting: MiddlewareFn<Context> = async ({ context }, next) => {
  const value = await next();
  return typeof value === 'string' && onlyReporting(context) ? maskText(value) : value;
};
