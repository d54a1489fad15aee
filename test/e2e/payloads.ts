// The XSS catalogue: each payload, if it ever ran, would call `__tripwire(<its number>)`, open a
// dialog, or fetch something from the attacker server (`ATTACKER` is replaced by its origin).
// Sources: the classic filter-evasion lists (tags, event handlers, URL schemes, encodings,
// mutation XSS, SVG, template injection, CSS loads, polyglots).

const raw: readonly string[] = [
  '<img src=x onerror=__tripwire({n})>',
  '<script>__tripwire({n})</script>',
  '<svg onload=__tripwire({n})>',
  '"><img src=x onerror=__tripwire({n})>',
  "'><svg/onload=__tripwire({n})>",
  '" onmouseover="__tripwire({n})" autofocus onfocus="__tripwire({n})',
  'javascript:__tripwire({n})',
  'JaVaScRiPt:__tripwire({n})',
  ' javascript:__tripwire({n})',
  'java\tscript:__tripwire({n})',
  'java&#x09;script:__tripwire({n})',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__tripwire({n})',
  'data:text/html;base64,{base64-script}',
  'vbscript:__tripwire({n})',
  '<iframe src="javascript:__tripwire({n})"></iframe>',
  '<a href="javascript:__tripwire({n})" id=x>click</a>',
  '<details open ontoggle=__tripwire({n})>',
  '<input autofocus onfocus=__tripwire({n})>',
  '<body onload=__tripwire({n})>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__tripwire({n})>',
  '<noscript><p title="</noscript><img src=x onerror=__tripwire({n})>">',
  '<svg><script>__tripwire({n})</script></svg>',
  '<svg><animate onbegin=__tripwire({n}) attributeName=x dur=1s>',
  '<object data="javascript:__tripwire({n})"></object>',
  '<embed src="javascript:__tripwire({n})">',
  '<form action="javascript:__tripwire({n})"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:__tripwire({n})">',
  '{{constructor.constructor("__tripwire({n})")()}}',
  '${__tripwire({n})}',
  '<img src="ATTACKER/img-{n}">',
  '<link rel=stylesheet href="ATTACKER/css-{n}">',
  '<style>@import "ATTACKER/import-{n}";</style>',
  '<base href="ATTACKER/base-{n}/">',
  '<img srcset="ATTACKER/srcset-{n} 1x">',
  '//127.0.0.1:ATTACKERPORT/protocol-relative-{n}',
  '/\\127.0.0.1:ATTACKERPORT/backslash-{n}',
  '%3Cscript%3E__tripwire({n})%3C%2Fscript%3E',
  '&lt;img src=x onerror=__tripwire({n})&gt;',
  "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+__tripwire({n})//'>",
  '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe src="javascript:__tripwire({n})"></iframe></foreignObject></svg>',
  '<img src=x onerror=alert({n})>',
  '<svg onload=confirm({n})>',
];

/** The payloads, numbered from 1, for an attacker at `attackerOrigin` (`http://127.0.0.1:<port>`). */
export function payloads(attackerOrigin: string): string[] {
  const port = new URL(attackerOrigin).port;
  return raw.map((payload, index) => {
    const n = String(index + 1);
    return payload
      .replaceAll(
        '{base64-script}',
        Buffer.from(`<script>__tripwire(${n})</script>`).toString('base64'),
      )
      .replaceAll('ATTACKERPORT', port)
      .replaceAll('ATTACKER', attackerOrigin)
      .replaceAll('{n}', n);
  });
}

/** An SVG avatar that would run `__tripwire(n)` and load from the attacker, if it were ever inline. */
export function svgAvatar(payload: string, n: number, attackerOrigin: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" onload="__tripwire(${n})">` +
    `<script>__tripwire(${n})</script><image href="${attackerOrigin}/avatar-${n}" width="32" height="32"/>` +
    `<text x="2" y="20">${payload.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</text></svg>`
  );
}
