import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, inlineScriptHashes, nonceSource, policyForCachedPage } from './contentSecurityPolicy'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

const scriptSrc = (policy: string) => policy.split('; ').find((directive) => directive.startsWith('script-src '))

describe('contentSecurityPolicy', () => {
  it("allows scripts from Galley and the given nonce, never 'unsafe-inline'", () => {
    const policy = contentSecurityPolicy({ scriptSources: [nonceSource('abc123')] })
    expect(scriptSrc(policy)).toBe("script-src 'self' 'nonce-abc123'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
  })

  it("adds 'unsafe-eval' only for Next's development server", () => {
    expect(scriptSrc(contentSecurityPolicy({ scriptSources: [], development: true }))).toBe("script-src 'self' 'unsafe-eval'")
  })
})

describe('inlineScriptHashes', () => {
  it('hashes each inline script once, as the browser does (raw text, UTF-8)', () => {
    const html = [
      '<html><head><script src="/_next/static/chunks/main.js" async=""></script>',
      '<script>self.__next_f=self.__next_f||[]</script>',
      '<script nonce="n">self.__next_f.push([1,"é \\u003c"])</script>',
      '<SCRIPT>self.__next_f=self.__next_f||[]</SCRIPT>',
      '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>',
      '<script type="module">import "/x.js"</script>',
      '</head></html>',
    ].join('')
    expect(inlineScriptHashes(html)).toEqual([
      sha256('self.__next_f=self.__next_f||[]'),
      sha256('self.__next_f.push([1,"é \\u003c"])'),
      sha256('import "/x.js"'),
    ])
  })

  it('finds nothing to allow in a page without inline scripts', () => {
    expect(inlineScriptHashes('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toEqual([])
  })
})

describe('policyForCachedPage', () => {
  it('allows exactly the cached page’s inline scripts', () => {
    expect(scriptSrc(policyForCachedPage('<script>a()</script><script>b()</script>'))).toBe(
      `script-src 'self' ${sha256('a()')} ${sha256('b()')}`,
    )
  })
})
