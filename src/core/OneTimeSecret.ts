/**
 * Holds a password or a reset token on its way to the server: it can be taken once, then it is
 * gone, and it never shows in JSON, logs or devtools (TanStack keeps mutation variables in its cache).
 */
export class OneTimeSecret {
  #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  take(): string {
    const value = this.#value;
    this.#value = '';
    return value;
  }

  toJSON(): string {
    return '[redacted]';
  }

  toString(): string {
    return '[redacted]';
  }
}
