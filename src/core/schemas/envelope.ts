import * as z from 'zod';
import { isPlainObject } from '../records';
import { safeRecord } from './primitives';

/** An error as the server described it, in any of its generations. */
export interface ServerErrorBody {
  message: string | undefined;
  code: string | undefined;
  fields: Record<string, string>;
}

const maxMessageLength = 300;

const text = z.string().transform((value) => value.trim().slice(0, maxMessageLength) || undefined);
const message = text.optional().catch(undefined);
const code = z
  .union([z.string(), z.number()])
  .transform(String)
  .optional()
  .catch(undefined);
const fieldMessage = z.union([z.string(), z.array(z.string()).min(1).transform((list) => list[0] ?? '')]);
const fields = safeRecord(fieldMessage).optional().catch(undefined);

const errorObject = z.object({ type: z.unknown().optional(), code, message, fields });

const errorBodySchema = z.union([
  // {error: {type, code, message, fields}}
  z.object({ error: errorObject }).transform(({ error }) => error),
  // {success: false, message, payload|data: {fields | error: {fields}}}
  z
    .object({
      success: z.literal(false),
      message,
      code,
      data: z.unknown().optional(),
      payload: z.unknown().optional(),
    })
    .transform((body) => {
      const detail = z
        .object({ fields, error: z.object({ fields }).optional().catch(undefined) })
        .catch({ fields: undefined, error: undefined })
        .parse(body.data ?? body.payload ?? {});
      return { message: body.message, code: body.code, fields: detail.fields ?? detail.error?.fields };
    }),
  // {errors: [{code, message, long_message}]} (the sessions API)
  z
    .object({ errors: z.array(z.object({ code, message, long_message: message })).min(1) })
    .transform(({ errors: [first] }) => ({
      message: first?.long_message ?? first?.message,
      code: first?.code,
      fields: undefined,
    })),
  // {error: "message"}
  z.object({ error: text }).transform(({ error }) => ({ message: error, code: undefined, fields: undefined })),
]);

/** Reads an error body; `null` when the body does not describe an error. */
export function readErrorBody(body: unknown): ServerErrorBody | null {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { message: serverMessage, code: errorCode, fields: fieldMessages } = parsed.data;
  return { message: serverMessage, code: errorCode, fields: fieldMessages ?? {} };
}

/** The payload of `{success, message, data}` / `{success, message, payload}`, or the bare body. */
export function unwrapEnvelope(body: unknown): unknown {
  if (!isPlainObject(body) || typeof body.success !== 'boolean') return body;
  if ('data' in body) return body.data;
  if ('payload' in body) return body.payload;
  return body;
}
