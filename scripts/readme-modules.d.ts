// Ambient (no imports): modules the README's recipes import that the repository does not install.
// Next.js is not installed at the root: the two functions of its API the recipes use, with their
// signatures in Next 16 (the same code builds against the real Next in examples/next-app-router).
declare module 'next/headers' {
  export function headers(): Promise<Headers>;
}
declare module 'next/navigation' {
  export function useRouter(): { push(href: string): void; replace(href: string): void };
  export function useSearchParams(): URLSearchParams;
}
