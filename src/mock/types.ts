// Wire shapes of the mock's fixtures: snake_case fields and unix seconds, as the session API sends them.

/** Feature id → granted CRUD letters, e.g. `{ reports: 'r', payments: 'crud' }`. */
export type MockAccess = Record<string, string>;

/** The session's `app` object. */
export interface MockApp {
  id: string;
  title: string;
  created: number;
  login_url: string;
  reset_url: string;
  signup_url: string;
  network_url: string;
  stripe_pub_key: string;
  stripe_key_exists: boolean;
  allow_signup: boolean;
}

/** The session's `account` object. */
export interface MockAccount {
  id: string;
  created: number;
  title: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  url: string;
  contact_name: string;
  contact_email: string;
  timezone_id: string;
  country_id: string;
  is_app_account: boolean;
  phone: string;
  domain_id: string;
  version_id: string;
  last_login: number;
  utc_offset: number;
  counters: Record<string, number>;
  optional_features: string[];
  stats: { user_count: number; role_count: number; children_count: number };
}

/** One entry of the session's `alerts`. The server sends all of them; the client filters by `access`. */
export interface MockAlert {
  id: string;
  title: string;
  description: string;
  text: string;
  /** `''` when the alert links nowhere. */
  href: string;
  /** Access requirement, e.g. `'account-payment-methods:u'` or `'*'`. */
  access: string;
  /** 1 is the most urgent. */
  priority: number;
  timestamp: number;
}

/** The account-independent part of the session's `user` object. */
export interface MockProfile {
  id: string;
  created: number;
  last_login: number;
  name: string;
  email: string;
  /** An SVG string, or `''` for none (then clients draw initials on `avatar_color`). */
  avatar: string;
  avatar_color: string;
  hidden_tips: string[];
  mobile_number: string;
}

/** A user's membership of one account: what the session holds once that account is selected. */
export interface MockMembership {
  account: MockAccount;
  roles: string[];
  account_user: number;
  access: MockAccess;
  alerts: MockAlert[];
}

/** A user the mock backend accepts, with the credentials to log in. */
export interface MockUser {
  username: string;
  password: string;
  profile: MockProfile;
  /** One membership logs in directly; several lead to account selection. */
  memberships: MockMembership[];
  /** The account id answered as `last_login` until the user selects another. */
  lastLoginAccountId: string;
}
