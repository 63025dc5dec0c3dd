/**
 * Debian's Chromium as every browser run here starts it (the e2e suite, the Lighthouse and admin
 * benches): headless, no sandbox or GPU, and nothing that reaches the network on its own.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
