// How every browser test starts Chromium: Debian's build, headless, with nothing that
// reaches for the network on its own (this machine has none, and the tests assert that
// the product makes no requests).
export function launchOptions(extra = {}) {
  return {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(extra.args ?? []),
    ],
  };
}
