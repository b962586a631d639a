import { describe, expect, it } from 'vitest';
import { fieldErrors, formFieldOf, toHttpError } from '../../admin/src/data-provider/errors';

describe('server errors → react-admin errors', () => {
  it('should show every field problem of BAD_USER_INPUT next to its field (status 400)', () => {
    const error = toHttpError({
      graphQLErrors: [
        {
          message: 'zip: must be a 5-digit or ZIP+4 code; state: must be a two-letter state code',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'zip',
            fields: [
              { field: 'zip', message: 'must be a 5-digit or ZIP+4 code' },
              { field: 'state', message: 'must be a two-letter state code' },
            ],
          },
        },
      ],
    });
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      'zip: must be a 5-digit or ZIP+4 code; state: must be a two-letter state code',
    );
    expect(error.body).toEqual({
      code: 'BAD_USER_INPUT',
      errors: {
        zip: 'must be a 5-digit or ZIP+4 code',
        state: 'must be a two-letter state code',
        root: { serverError: 'zip: must be a 5-digit or ZIP+4 code; state: must be a two-letter state code' },
      },
    });
  });

  it('should name the field of a value the schema refused', () => {
    const error = toHttpError({
      graphQLErrors: [
        {
          message:
            'Variable "$input" got invalid value "abc" at "input.sequence"; Int cannot represent non-integer value: "abc"',
          extensions: { code: 'BAD_USER_INPUT', field: 'sequence' },
        },
      ],
    });
    expect(error.body.errors.sequence).toBe('Int cannot represent non-integer value: "abc"');
    expect(error.message).toBe('sequence: Int cannot represent non-integer value: "abc"');
  });

  it.each([
    ['NOT_FOUND', 404],
    ['CONFLICT', 409],
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
    ['GRAPHQL_VALIDATION_FAILED', 400],
    ['INTERNAL_SERVER_ERROR', 500],
  ])('should answer %s with status %i and no field errors', (code, status) => {
    const error = toHttpError({ graphQLErrors: [{ message: `It failed (${code})`, extensions: { code } }] });
    expect(error.status).toBe(status);
    expect(error.message).toBe(`It failed (${code})`);
    expect(error.body).toEqual({ code });
  });

  it('should report a server that cannot be reached', () => {
    const error = toHttpError({ networkError: new Error('Failed to fetch') });
    expect(error.status).toBe(503);
    expect(error.message).toBe('The server could not be reached (Failed to fetch)');
    expect(toHttpError({ networkError: new Error('Bad Gateway'), response: { status: 502 } }).status).toBe(
      502,
    );
  });

  it.each([
    ['input.zip', 'zip'],
    ['rateScheduleCodes[1]', 'rateScheduleCodes'],
    ['name', 'name'],
  ])('should map the input path %s to the form field %s', (path, field) => {
    expect(formFieldOf(path)).toBe(field);
  });

  it('should keep the first message of a field and skip other codes', () => {
    expect(
      fieldErrors([
        {
          message: 'a',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'zip', message: 'first' },
              { field: 'zip', message: 'second' },
            ],
          },
        },
        { message: 'b', extensions: { code: 'CONFLICT', field: 'id' } },
      ]),
    ).toEqual({ zip: 'first' });
  });
});
