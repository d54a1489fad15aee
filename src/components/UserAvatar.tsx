import {
  forwardRef,
  type ForwardedRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
} from 'react';
import type { SessionUser } from '../core/schemas/entities';
import { initials } from './avatar';
import { isHexColor } from './avatar';
import { svgDataUrl } from './avatar';
import { useSession } from '../useSession';
import { renderPart, type RenderParts } from './parts';

export type AvatarUser = Partial<
  Pick<SessionUser, 'name' | 'username' | 'email' | 'avatar' | 'avatar_color'>
>;

export interface UserAvatarProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** Whose avatar; default the signed-in user. */
  user?: AvatarUser | null;
  /**
   * The avatar's accessible name. Default `''`: decorative, for an avatar next to the user's name.
   * Give one (e.g. the user's name) when the avatar stands alone.
   */
  alt?: string;
  /** Replace the `image` part (e.g. your framework's image component). */
  render?: RenderParts<'image'>;
}

/**
 * The user's avatar. The server's SVG is shown only as an image (`<img src="data:image/svg+xml,…">`),
 * where its scripts and event handlers never run; without one (or when it fails to load), the
 * user's initials on `avatar_color` — applied only when it is a hex colour. Renders nothing
 * without a user. `data-state` is `image` or `initials`; the colour is the `--rsk-avatar-color`
 * custom property.
 *
 * @example
 * <UserAvatar /> <span>{session.user.name}</span>
 * <UserAvatar alt={session.user.name} />
 */
export const UserAvatar = /* @__PURE__ */ forwardRef(function UserAvatar(
  { user: userProp, alt = '', render, className, style, ...props }: UserAvatarProps,
  ref: ForwardedRef<HTMLSpanElement>,
) {
  const sessionUser = useSession((session) => session.user);
  const user = userProp === undefined ? sessionUser : userProp;
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  if (!user) return null;

  const src = svgDataUrl(user.avatar);
  const showImage = src !== null && src !== failedSrc;
  const color = isHexColor(user.avatar_color) ? user.avatar_color : undefined;
  const named = alt !== '';
  return (
    <span
      {...props}
      ref={ref}
      role={named ? 'img' : undefined}
      aria-label={named ? alt : undefined}
      aria-hidden={named ? undefined : true}
      data-slot="user-avatar"
      data-state={showImage ? 'image' : 'initials'}
      className={className}
      style={color ? ({ '--rsk-avatar-color': color, ...style } as CSSProperties) : style}
    >
      {showImage ? (
        renderPart(render, 'image', {
          src,
          alt: '',
          draggable: false,
          'data-slot': 'user-avatar-image',
          onError: () => setFailedSrc(src),
        })
      ) : (
        <span data-slot="user-avatar-initials">
          {initials(user.name || user.username || user.email)}
        </span>
      )}
    </span>
  );
});
