// Where the demo's session API is: the in-browser mock (default), or VITE_API_URL.

const configuredApiUrl = import.meta.env.VITE_API_URL?.trim() ?? '';

/** True when the demo runs on the mock backend inside the page (MSW), with no server at all. */
export const usingMock = configuredApiUrl === '';

/** The mock answers under the demo's own origin, at `<base>api`. */
export const apiUrl = usingMock
  ? new URL(`${import.meta.env.BASE_URL}api`, window.location.origin).href
  : configuredApiUrl;

export const jwtTransport = import.meta.env.VITE_JWT_TRANSPORT === 'bearer' ? 'bearer' : 'cookie';

/** How often the demo refreshes the session in the background: often, so faults show quickly. */
export const refetchInterval = usingMock ? 30_000 : 5 * 60_000;
