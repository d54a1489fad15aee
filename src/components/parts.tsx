import { createElement, type ComponentPropsWithRef, type ReactNode } from 'react';

/**
 * The props each replaceable part receives: everything the kit would put on its own element —
 * `data-slot`, `data-state`, ARIA wiring, `id`, handlers and `ref`. Spread them all.
 */
export interface PartProps {
  label: ComponentPropsWithRef<'label'> & DataAttributes;
  input: ComponentPropsWithRef<'input'> & DataAttributes;
  select: ComponentPropsWithRef<'select'> & DataAttributes;
  button: ComponentPropsWithRef<'button'> & DataAttributes;
  link: ComponentPropsWithRef<'a'> & DataAttributes & { href: string };
  image: ComponentPropsWithRef<'img'> & DataAttributes & { src: string; alt: string };
}

/** `data-slot`, `data-state` and the other `data-*` attributes the kit marks parts with. */
export type DataAttributes = { [name: `data-${string}`]: string | number | undefined };

export type PartName = keyof PartProps;

/**
 * The one customisation pattern of every component: a `render` prop mapping a part name to a
 * function that renders that part from the kit's props (a design-system button, a router link).
 *
 * @example
 * <LoginForm render={{ button: (props) => <Button {...props} />, link: ({ href, ...props }) => <Link to={href} {...props} /> }} />
 */
export type RenderParts<K extends PartName = PartName> = {
  [P in K]?: (props: PartProps[P]) => ReactNode;
};

/** The element a part is by default: the part's name, but for `link` and `image`. */
const tags: Partial<Record<PartName, string>> = { link: 'a', image: 'img' };

/** Renders a part with the consumer's renderer when there is one, else the plain element. */
export function renderPart<P extends PartName>(
  render: RenderParts | undefined,
  part: P,
  props: PartProps[P],
): ReactNode {
  const renderer = render?.[part] as ((props: PartProps[P]) => ReactNode) | undefined;
  return renderer ? renderer(props) : createElement(tags[part] ?? part, props);
}
