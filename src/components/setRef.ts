import type { Ref } from 'react';

/** Hands `node` to a ref of either kind (callback or object), as React would. */
export function setRef<T>(ref: Ref<T> | undefined, node: T | null): void {
  if (typeof ref === 'function') ref(node);
  else if (ref) ref.current = node;
}
