/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A real session API to use instead of the in-browser mock backend. */
  readonly VITE_API_URL?: string;
  /** How the real API's JWT travels: `cookie` (default) or `bearer` (body or `X-JWT` header). */
  readonly VITE_JWT_TRANSPORT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
