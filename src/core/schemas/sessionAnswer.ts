import * as z from 'zod/mini';
import { accountChoicesSchema } from './accountChoices';
import type { Session, SessionStatus } from './session';
import { sessionIdFromJwt } from '../jwtPayload';
import { optional } from './primitives';
import {
  accessSchema,
  alertSchema,
  presentAccount,
  presentApp,
  presentUser,
  type SessionUser,
} from './entities';

const selectAccountAuth = z.object({ select_account: accountChoicesSchema });

const answerSchema = z.object({
  jwt: optional(z.string()),
  auth: optional(z.union([z.boolean(), selectAccountAuth])),
  signal: optional(z.string()),
  signal_data: optional(z.unknown()),
  app: z.optional(presentApp),
  account: z.optional(presentAccount),
  user: z.optional(presentUser),
  access: z.optional(accessSchema),
  alerts: optional(z.array(alertSchema)),
  access_signature: optional(z.string()),
});

/**
 * A session object as any generation of the API sends it (`GET /app/session`, the login answers,
 * logout, change-account, lock-screen), read into the one `Session` model. Unknown fields are
 * dropped; the older `signal: "select_account"` + `signal_data` form is understood.
 */
export const sessionAnswerSchema = z.pipe(
  answerSchema,
  z.transform((answer: z.output<typeof answerSchema>, ctx): Session => {
    let accountChoices = typeof answer.auth === 'object' ? answer.auth.select_account : null;
    if (answer.signal === 'select_account') {
      const legacy = accountChoicesSchema.safeParse(answer.signal_data);
      if (!legacy.success) {
        for (const issue of legacy.error.issues) {
          ctx.issues.push({
            code: 'custom',
            message: issue.message,
            path: ['signal_data', ...issue.path],
            input: answer.signal_data,
          });
        }
        return z.NEVER;
      }
      accountChoices = legacy.data;
    }
    const app = answer.app ?? null;
    const account = accountChoices ? null : (answer.account ?? null);
    const user = answer.user ?? null;
    const status = statusOf(answer, accountChoices !== null, account && user);
    if (!status) {
      ctx.issues.push({
        code: 'custom',
        message: 'Expected user and account, or auth: false',
        path: [],
        input: answer,
      });
      return z.NEVER;
    }
    return {
      status,
      app,
      account,
      user,
      access: (!accountChoices && answer.access) || {},
      alerts: answer.alerts ?? [],
      accountChoices,
      accessSignature: answer.access_signature ?? null,
      jwt: answer.jwt || null,
      sessionId: sessionIdFromJwt(answer.jwt),
      ended: false,
    };
  }),
);

/**
 * Only the server ends a session: an explicit signed-out answer (`auth: false`, or the oldest
 * docs' `signal: "login" | "logout"`) is signed out. An answer that is neither that nor complete —
 * `{}`, `auth: true` without a user or an account, a proxy's stray JSON — is no session at all
 * (`undefined`), so the caller keeps the last good one.
 */
function statusOf(
  answer: Pick<z.output<typeof answerSchema>, 'auth' | 'signal'>,
  choosingAccount: boolean,
  signedInUser: SessionUser | null,
): SessionStatus | undefined {
  if (choosingAccount) return 'select_account';
  if (answer.auth === false || answer.signal === 'login' || answer.signal === 'logout')
    return 'unauthenticated';
  // The docs call a session authenticated when app, account and user are present; some answers
  // (change-account) leave `app` out, so the user and the account decide.
  if (!signedInUser) return undefined;
  return signedInUser.screen_locked ? 'locked' : 'authenticated';
}
