import * as z from 'zod/mini';
import { isPlainObject } from '../records';
import { safeRecord, transform } from './primitives';

/** An error as the server described it, in any of its generations. */
export interface ServerErrorBody {
  message: string | undefined;
  code: string | undefined;
  fields: Record<string, string>;
}

const maxMessageLength = 300;

const text = transform(z.string(), (value) => value.trim().slice(0, maxMessageLength) || undefined);
const message = z.catch(z.optional(text), undefined);
const code = z.catch(z.optional(transform(z.union([z.string(), z.number()]), String)), undefined);
const fieldMessage = z.union([
  z.string(),
  transform(z.array(z.string()).check(z.minLength(1)), (list) => list[0] ?? ''),
]);
const fields = z.catch(z.optional(safeRecord(fieldMessage)), undefined);

/** An error object that says something: `{error: {}}` in a 200 answer is no error. */
const errorObject = z
  .object({ type: z.optional(z.unknown()), code, message, fields })
  .check(
    z.refine(
      (error) =>
        error.type !== undefined ||
        error.code !== undefined ||
        error.message !== undefined ||
        Object.keys(error.fields ?? {}).length > 0,
    ),
  );

const detailSchema = z.catch(
  z.object({ fields, error: z.catch(z.optional(z.object({ fields })), undefined) }),
  { fields: undefined, error: undefined },
);

const errorBodySchema = z.union([
  // {error: {type, code, message, fields}}
  transform(z.object({ error: errorObject }), ({ error }) => error),
  // {success: false, message, payload|data: {fields | error: {fields}}}
  transform(
    z.object({
      success: z.literal(false),
      message,
      code,
      data: z.optional(z.unknown()),
      payload: z.optional(z.unknown()),
    }),
    (body) => {
      const detail = detailSchema.parse(body.data ?? body.payload ?? {});
      return {
        message: body.message,
        code: body.code,
        fields: detail.fields ?? detail.error?.fields,
      };
    },
  ),
  // {errors: [{code, message, long_message}]} (the sessions API)
  transform(
    z.object({
      errors: z.array(z.object({ code, message, long_message: message })).check(z.minLength(1)),
    }),
    ({ errors: [first] }) => ({
      message: first?.long_message ?? first?.message,
      code: first?.code,
      fields: undefined,
    }),
  ),
  // {error: "message"}; an empty one (as `{}` above, or `null`) is no error
  transform(
    z.object({ error: text }).check(z.refine(({ error }) => error !== undefined)),
    ({ error }) => ({ message: error, code: undefined, fields: undefined }),
  ),
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
