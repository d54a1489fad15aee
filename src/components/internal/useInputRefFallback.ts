import { useEffect, useRef } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { warnOnce } from '../../core/warnOnce';

/**
 * `form.register(name)` for a field rendered through `render.input`, made safe for a component
 * that drops the `ref` (React 18 passes no `ref` to a function component without `forwardRef`):
 * react-hook-form reads values through the ref, so without it the field would stay empty. Such a
 * field is found by its `id` after the render and registered by hand; when it cannot be found
 * either, a development warning says why the form cannot read it.
 */
export function useInputRefFallback<Values extends FieldValues>(
  form: UseFormReturn<Values>,
  names: readonly Path<Values>[],
  inputId: (name: Path<Values>) => string,
  component: string,
) {
  const attached = useRef(new Set<string>());

  useEffect(() => {
    for (const name of names) {
      if (attached.current.has(name)) continue;
      const input = document.getElementById(inputId(name));
      if (input instanceof HTMLInputElement) form.register(name).ref(input);
      else
        warnOnce(
          `${component}:${name}`,
          `${component}: render.input dropped the ref and id of "${name}", so it cannot be read. ` +
            'Spread all the props onto the <input> (React 18: forwardRef).',
        );
    }
  });

  return (name: Path<Values>) => {
    const registration = form.register(name);
    return {
      ...registration,
      ref: (node: HTMLInputElement | null) => {
        if (node) attached.current.add(name);
        else attached.current.delete(name);
        registration.ref(node);
      },
    };
  };
}
