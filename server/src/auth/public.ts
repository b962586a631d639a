/** Operations that need no session (only `login`); every other root field requires one. */
export const PUBLIC_FIELDS = new Set<string>();

export function Public(): MethodDecorator {
  return (_target, propertyKey) => {
    PUBLIC_FIELDS.add(String(propertyKey));
  };
}
