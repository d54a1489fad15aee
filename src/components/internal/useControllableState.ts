import { useCallback, useState } from 'react';

/**
 * `value` / `defaultValue` / `onValueChange` in one: the prop when controlled, else the
 * component's own state. `onValueChange` is called either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T | undefined,
  onValueChange: ((value: T) => void) | undefined,
): [T | undefined, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onValueChange?.(next);
    },
    [controlled, onValueChange],
  );
  return [controlled ? value : own, set];
}
