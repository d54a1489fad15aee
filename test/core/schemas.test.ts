import { describe, expect, it } from 'vitest';
import { accountChoicesSchema } from '../../src/core/schemas/accountChoices';
import { readErrorBody, unwrapEnvelope } from '../../src/core/schemas/envelope';
import { sessionAnswerSchema } from '../../src/core/schemas/sessionAnswer';
import { selectAccountBody, signedInBody, signedOutBody } from '../fixtures/wire';

describe('sessionAnswerSchema', () => {
  it('reads a signed-in session of seed 000', () => {
    const session = sessionAnswerSchema.parse(signedInBody);
    expect(session.status).toBe('authenticated');
    expect(session.user?.name).toBe('Demo User');
    expect(session.account?.title).toBe('Acme Corp');
    expect(session.access['account-users']).toBe('crud');
    expect(session.accessSignature).toBe('d751713988987e9331980363e24189ce');
    expect(session.jwt).toBe('header.payload.signature');
    expect(session.alerts).toHaveLength(2);
  });

  it('reads the first app session (auth: false, empty objects) as unauthenticated', () => {
    const session = sessionAnswerSchema.parse(signedOutBody);
    expect(session).toMatchObject({
      status: 'unauthenticated',
      user: null,
      account: null,
      app: { id: 'app_1' },
    });
  });

  it('reads PHP empty arrays where objects belong', () => {
    const session = sessionAnswerSchema.parse({
      ...signedOutBody,
      user: [],
      account: [],
      access: [],
    });
    expect(session).toMatchObject({ status: 'unauthenticated', user: null, account: null });
    expect(Object.keys(session.access)).toEqual([]);
  });

  it('reads the multi-account answer with choices and last_login', () => {
    const session = sessionAnswerSchema.parse(selectAccountBody);
    expect(session.status).toBe('select_account');
    expect(session.accountChoices).toEqual({
      accounts: [
        { id: 'acc_1', title: 'Foo Account' },
        { id: 'acc_2', title: 'Bar Account' },
      ],
      lastLogin: 'acc_2',
    });
    expect(session.account).toBeNull();
  });

  it('reads the older signal / signal_data form', () => {
    const session = sessionAnswerSchema.parse({
      auth: false,
      signal: 'select_account',
      signal_data: { accounts: [{ acc_1: 'Foo' }, { acc_2: 'Bar' }], last_login: 'acc_1' },
      app: signedInBody.app,
    });
    expect(session.status).toBe('select_account');
    expect(session.accountChoices?.accounts.map((account) => account.id)).toEqual([
      'acc_1',
      'acc_2',
    ]);
  });

  it('rejects a signal: select_account without readable choices', () => {
    expect(
      sessionAnswerSchema.safeParse({ auth: false, signal: 'select_account', signal_data: 5 })
        .success,
    ).toBe(false);
  });

  it('reads a locked screen', () => {
    const session = sessionAnswerSchema.parse({
      ...signedInBody,
      access: {},
      user: { ...signedInBody.user, screen_locked: true },
    });
    expect(session.status).toBe('locked');
  });

  it('treats a session without the older auth field as authenticated when user and account are there', () => {
    const { auth: _auth, ...withoutAuth } = signedInBody;
    expect(sessionAnswerSchema.parse(withoutAuth).status).toBe('authenticated');
  });

  it('drops unknown fields and accepts nulls for optional ones', () => {
    const session = sessionAnswerSchema.parse({
      ...signedInBody,
      brand_new: { x: 1 },
      user: { ...signedInBody.user, email: null },
    });
    expect(session).not.toHaveProperty('brand_new');
    expect(session.user?.email).toBeUndefined();
  });

  it('rejects wrong types with issue paths and no values', () => {
    const result = sessionAnswerSchema.safeParse({
      ...signedInBody,
      user: { id: 'usr_1', name: 42 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['user', 'name']);
    expect(JSON.stringify(result.error?.issues)).not.toContain('42');
  });
});

describe('accountChoicesSchema', () => {
  const expected = [
    { id: 'acc_1', title: 'Foo' },
    { id: 'acc_2', title: 'Bar' },
  ];
  it.each([
    ['a map', { acc_1: 'Foo', acc_2: 'Bar' }],
    ['a list of pairs', [{ acc_1: 'Foo' }, { acc_2: 'Bar' }]],
    [
      'a list of objects',
      [
        { id: 'acc_1', title: 'Foo' },
        { id: 'acc_2', title: 'Bar' },
      ],
    ],
  ])('reads %s', (_shape, accounts) => {
    expect(accountChoicesSchema.parse({ accounts, last_login: 'acc_2' })).toEqual({
      accounts: expected,
      lastLogin: 'acc_2',
    });
    expect(accountChoicesSchema.parse(accounts)).toEqual({ accounts: expected, lastLogin: null });
  });

  it('drops prototype keys from account maps', () => {
    const parsed = accountChoicesSchema.parse(
      JSON.parse('{"accounts":{"__proto__":"Evil","acc_1":"Foo"},"last_login":"acc_1"}'),
    );
    expect(parsed.accounts).toEqual([{ id: 'acc_1', title: 'Foo' }]);
  });
});

describe('envelopes and error bodies', () => {
  it('unwraps data and payload envelopes and leaves bare bodies alone', () => {
    expect(unwrapEnvelope({ success: true, message: '', data: { a: 1 } })).toEqual({ a: 1 });
    expect(unwrapEnvelope({ success: true, message: '', payload: { a: 2 } })).toEqual({ a: 2 });
    expect(unwrapEnvelope({ a: 3 })).toEqual({ a: 3 });
  });

  it.each([
    [
      'error object',
      { error: { type: 'user', code: 400, message: 'Bad', fields: { username: 'Required' } } },
    ],
    [
      'success false + data.fields',
      { success: false, message: 'Bad', data: { fields: { username: 'Required' } } },
    ],
    [
      'success false + payload.error.fields',
      {
        success: false,
        message: 'Bad',
        payload: { error: { fields: { username: ['Required'] } } },
      },
    ],
  ])('reads an %s', (_shape, body) => {
    expect(readErrorBody(body)).toMatchObject({ message: 'Bad', fields: { username: 'Required' } });
  });

  it('reads the sessions API errors list, preferring long_message', () => {
    expect(
      readErrorBody({
        errors: [
          {
            code: 'resource_not_found',
            message: 'not found',
            long_message: 'No session with that id',
          },
        ],
      }),
    ).toEqual({
      message: 'No session with that id',
      code: 'resource_not_found',
      fields: {},
    });
  });

  it('is null for a body that is no error', () => {
    expect(readErrorBody(signedInBody)).toBeNull();
    expect(readErrorBody({ success: true, data: {} })).toBeNull();
  });
});
