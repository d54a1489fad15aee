/** Reads `json.a.b.c` from an answer's JSON; throws (failing the test) when a step is missing. */
export function at(json: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((value, key) => {
    if (typeof value !== 'object' || value === null || !(key in value)) {
      throw new Error(`missing ${keys.join('.')}`);
    }
    return (value as Record<string, unknown>)[key];
  }, json);
}
