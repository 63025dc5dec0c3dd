import { describe, expect, it } from 'vitest'

import { withoutClientScripts } from './withoutClientScripts'

const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/css/app.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/main.js"/>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<script src="/_next/static/chunks/main-app.js" async="" nonce="abc"></script>',
  '</head><body><article><script type="application/ld+json">{"name":"a \\u003c/script> b"}</script>',
  '<h1>Summary</h1><p>Text about &lt;script&gt; tags.</p></article>',
  '<script nonce="abc">(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script nonce="abc">self.__next_f.push([1,"5:[\\"$\\",\\"h1\\",null,{}]\\n"])</script>',
  '</body></html>',
].join('')

describe('withoutClientScripts', () => {
  const out = withoutClientScripts(page)

  it('drops every script Next would run and the preloads of its chunks', () => {
    expect(out).not.toContain('__next_f')
    expect(out).not.toContain('main-app.js')
    expect(out).not.toContain('webpack.js')
    expect(out).not.toContain('main.js')
  })

  it('keeps the document: its text, styles, fonts and JSON-LD', () => {
    expect(out).toContain('<h1>Summary</h1><p>Text about &lt;script&gt; tags.</p>')
    expect(out).toContain('href="/_next/static/css/app.css"')
    expect(out).toContain('font.woff2')
    expect(out).toContain('<script type="application/ld+json">{"name":"a \\u003c/script> b"}</script>')
  })

  it('leaves a page without scripts as it is', () => {
    const plain = '<html><body><p>No scripts</p></body></html>'
    expect(withoutClientScripts(plain)).toBe(plain)
  })
})
