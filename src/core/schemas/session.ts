import * as z from 'zod/mini';
import { accessSchema, accountSchema, alertSchema, appSchema, userSchema } from './entities';

export const sessionStatuses = [
  'unauthenticated',
  'select_account',
  'authenticated',
  'locked',
] as const;

/** Where the user is: signed out, choosing an account, signed in, or at the lock screen. */
export type SessionStatus = (typeof sessionStatuses)[number];

const accountChoicesModel = z.object({
  accounts: z.array(z.object({ id: z.string(), title: z.string() })),
  lastLogin: z.nullable(z.string()),
});

/**
 * The kit's one session model, whatever generation of the API sent it. Also the schema that
 * checks a session read back from storage or received from another tab.
 */
export const sessionSchema = z.object({
  status: z.enum(sessionStatuses),
  app: z.nullable(appSchema),
  account: z.nullable(accountSchema),
  user: z.nullable(userSchema),
  access: accessSchema,
  alerts: z.array(alertSchema),
  /** The choices of the select-account step; `null` in every other status. */
  accountChoices: z.nullable(accountChoicesModel),
  accessSignature: z.nullable(z.string()),
  /**
   * The session JWT, in a bearer deployment only (`jwtTransport: 'bearer'`), which must send it.
   * In cookie mode the JWT stays in its HttpOnly cookie and this is always `null`.
   */
  jwt: z.nullable(z.string()),
  /**
   * This device's session id (the `sid` claim of the session JWT), kept in cookie mode too, where
   * `jwt` is always `null`: `<ActiveSessions>` marks "This device" with it.
   */
  sessionId: z._default(z.nullable(z.string()), null),
  /**
   * `true` once the server has ended the session (a refresh answered 401, or signed out, while
   * someone was signed in: expired, revoked on another device), until the next login; a logout is
   * not that. The login form says so.
   */
  ended: z._default(z.boolean(), false),
});

export type Session = z.infer<typeof sessionSchema>;
