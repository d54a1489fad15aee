import * as z from 'zod/mini';
import { optional, presentOrNull, safeRecord, transform, unixTime } from './primitives';

export const appSchema = z.object({
  id: z.string(),
  title: optional(z.string()),
  created: optional(unixTime),
  login_url: optional(z.string()),
  reset_url: optional(z.string()),
  signup_url: optional(z.string()),
  network_url: optional(z.string()),
  stripe_pub_key: optional(z.string()),
  stripe_key_exists: optional(z.boolean()),
  allow_signup: optional(z.boolean()),
});

export const accountSchema = z.object({
  id: z.string(),
  title: optional(z.string()),
  created: optional(unixTime),
  address: optional(z.string()),
  city: optional(z.string()),
  state: optional(z.string()),
  zip: optional(z.string()),
  url: optional(z.string()),
  contact_name: optional(z.string()),
  contact_email: optional(z.string()),
  timezone_id: optional(z.string()),
  country_id: optional(z.string()),
  is_app_account: optional(z.boolean()),
  phone: optional(z.string()),
  domain_id: optional(z.string()),
  version_id: optional(z.string()),
  last_login: optional(unixTime),
  utc_offset: optional(z.number()),
  counters: optional(safeRecord(z.number())),
  optional_features: optional(z.array(z.string())),
  stats: optional(safeRecord(z.number())),
});

export const userSchema = z.object({
  id: z.string(),
  created: optional(unixTime),
  last_login: optional(unixTime),
  username: optional(z.string()),
  name: optional(z.string()),
  email: optional(z.string()),
  /** An SVG document as a string. Untrusted: render it only as an image. */
  avatar: optional(z.string()),
  avatar_color: optional(z.string()),
  hidden_tips: optional(z.array(z.string())),
  screen_locked: optional(z.boolean()),
  mobile_number: optional(z.string()),
  roles: optional(z.array(z.string())),
  account_user: optional(z.number()),
});

export const alertSchema = z.object({
  id: z.string(),
  title: transform(z.nullish(z.string()), (value) => value ?? ''),
  description: optional(z.string()),
  text: transform(z.nullish(z.string()), (value) => value ?? ''),
  /** Untrusted: only ever a link after `safeHref`. */
  href: optional(z.string()),
  /** An access requirement (see `hasAccess`); none means everyone. */
  access: optional(z.string()),
  /** 1 is the most urgent. */
  priority: transform(z.nullish(z.number()), (value) => value ?? 3),
  timestamp: optional(unixTime),
});

/** `access`: feature id → CRUD letters, a plain object without prototype keys. */
export const accessSchema = safeRecord(z.string());

export const presentApp = presentOrNull(appSchema);
export const presentAccount = presentOrNull(accountSchema);
export const presentUser = presentOrNull(userSchema);

export type SessionApp = z.infer<typeof appSchema>;
export type SessionAccount = z.infer<typeof accountSchema>;
export type SessionUser = z.infer<typeof userSchema>;
export type SessionAlert = z.infer<typeof alertSchema>;
