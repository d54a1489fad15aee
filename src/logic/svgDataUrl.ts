const maxLength = 100_000;

/**
 * An untrusted SVG document as a `data:` URL for an `<img src>`, where scripts, event handlers
 * and external loads never run; `null` when it is empty, not an SVG, or too large.
 */
export function svgDataUrl(svg: string | null | undefined): string | null {
  if (typeof svg !== 'string' || svg.length > maxLength || !/<svg[\s>]/i.test(svg)) return null;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
