import { useCallback, type Ref } from 'react';

/** Hands `node` to a ref of either kind (callback or object), as React would. */
function setRef<T>(ref: Ref<T> | undefined, node: T | null): void {
  if (typeof ref === 'function') ref(node);
  else if (ref) ref.current = node;
}

/**
 * One callback ref for a component's root element that hands it to the consumer's forwarded
 * `ref` and to the component's own (the root its focus helpers search in).
 */
export function useComposedRefs<T>(
  forwarded: Ref<T> | undefined,
  own: Ref<T>,
): (node: T | null) => void {
  return useCallback(
    (node: T | null) => {
      setRef(forwarded, node);
      setRef(own, node);
    },
    [forwarded, own],
  );
}
