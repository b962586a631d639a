import type { InputProblems } from './graphql/errors.js';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^[+()\d][\d\s().-]{6,}$/;

/** Trims text input; empty text becomes null. */
export const clean = (text: string | null | undefined): string | null => {
  const t = text?.trim();
  return t ? t : null;
};

export function checkRequired(problems: InputProblems, field: string, value: string | null | undefined): void {
  problems.check(Boolean(value?.trim()), field, 'is required');
}

export function checkEmail(problems: InputProblems, field: string, value: string | null | undefined): void {
  if (value?.trim()) problems.check(EMAIL.test(value.trim()), field, 'is not an email address');
}

export function checkPhone(problems: InputProblems, field: string, value: string | null | undefined): void {
  if (value?.trim()) problems.check(PHONE.test(value.trim()), field, 'is not a phone number');
}
