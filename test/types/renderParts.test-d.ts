import type { ReactNode } from 'react';
import { describe, expectTypeOf, test } from 'vitest';
import type {
  AccessDeniedProps,
  AlertBannerProps,
  LoginFormProps,
  PartProps,
  RenderParts,
} from '../../src';

describe('RenderParts', () => {
  test('each renderer gets the props of its own part', () => {
    const parts: RenderParts = {
      button: (props) => {
        expectTypeOf(props).toEqualTypeOf<PartProps['button']>();
        return null;
      },
      link: ({ href }) => {
        expectTypeOf(href).toEqualTypeOf<string>();
        return null;
      },
      image: ({ src, alt }) => {
        expectTypeOf(src).toEqualTypeOf<string>();
        expectTypeOf(alt).toEqualTypeOf<string>();
        return null;
      },
    };
    expectTypeOf(parts.input).toEqualTypeOf<
      ((props: PartProps['input']) => ReactNode) | undefined
    >();
  });

  test('parts carry data-* attributes', () => {
    expectTypeOf<PartProps['button']['data-slot']>().toEqualTypeOf<string | number | undefined>();
  });

  test('a component takes only the parts it renders', () => {
    expectTypeOf<NonNullable<AccessDeniedProps['render']>>().toEqualTypeOf<RenderParts<'button'>>();
    expectTypeOf<NonNullable<AlertBannerProps['render']>>().toHaveProperty('link');
    expectTypeOf<keyof NonNullable<LoginFormProps['render']>>().toEqualTypeOf<
      'label' | 'input' | 'button' | 'link' | 'image'
    >();
    // @ts-expect-error AccessDenied renders no link
    const denied: NonNullable<AccessDeniedProps['render']> = { link: () => null };
    expectTypeOf(denied).toBeObject();
  });

  test('an unknown part is refused', () => {
    // @ts-expect-error there is no `dialog` part
    const parts: RenderParts = { dialog: () => null };
    expectTypeOf(parts).toBeObject();
  });
});
