// WASM budgets, printed (a benchmark, not a test): module size raw and gzipped,
// instantiate + first analysis, and analyze() on a 1,900-char InMail, all under Node.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// A build to measure may be named (`node tests/bench/wasm.mjs /path/to/pkg`), to compare two.
const dir = process.argv[2] ? pathToFileURL(`${resolve(process.argv[2])}/`) : new URL('../../dist/www/pkg/', import.meta.url);
const bytes = readFileSync(new URL('verbindlich_wasm_bg.wasm', dir));
const gz = gzipSync(bytes, { level: 9 }).length;

const texts = new URL('texts/', import.meta.url);
const INMAIL = { en: readFileSync(new URL('inmail-en.txt', texts), 'utf8'), de: readFileSync(new URL('inmail-de.txt', texts), 'utf8') };
const PARA = "I came across your profile and I'm reaching out because our solution generates thousands of leads, guaranteed! I know you're busy, so I just wanted to ask if you'd be open to a quick call sometime. We help companies like yours to 10x your pipeline. Let me know if you're interested, and feel free to book a slot: https://calendly.com/ben/15min. I think maybe it would be a game-changer for your team at Contoso.\n\n";
let dense = 'Hi Anna,\n\n';
while (dense.length < 1900) dense += PARA;
dense = dense.slice(0, 1900);
const NOTE = "Hi Anna, I enjoyed your talk on pair reviews at Contoso's hiring meetup. I'm setting up take-home tasks for a team of eight. Would you have 15 minutes next week to tell me how you pick the tasks? Happy to share our data in return. No worries if not.";
const context = { surface: 'linkedin-inmail', recipient: { full_name: 'Anna Schmidt', company: 'Contoso' } };

const t0 = performance.now();
const { initSync, analyze } = await import(new URL('verbindlich_wasm.js', dir));
initSync({ module: bytes });
analyze({ text: NOTE, context });
const cold = performance.now() - t0;
// The split the extension cares about: it warms the engine when a composer gets focus.
const t1 = performance.now();
const fresh = await import(new URL('verbindlich_wasm.js?fresh', dir));
fresh.initSync({ module: bytes });
const instantiate = performance.now() - t1;
const t2 = performance.now();
fresh.warm();
const warm = performance.now() - t2;

// V8 compiles WASM with its baseline compiler first and optimises hot functions in the
// background; measure only once every text has run long enough for that to settle.
function median(text, n = 1000) {
  for (let i = 0; i < Math.min(300, n); i++) analyze({ text, context });
  const times = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    analyze({ text, context });
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { median: times[n >> 1] * 1000, p95: times[Math.floor(n * 0.95)] * 1000 };
}

for (const text of [NOTE, INMAIL.en, INMAIL.de, dense]) for (let i = 0; i < 300; i++) analyze({ text, context });
const note = median(NOTE);
const mailEn = median(INMAIL.en);
const mailDe = median(INMAIL.de);
const worst = median(dense);
let paste = '';
while (paste.length < 100_000) paste += INMAIL.en + '\n\n';
const big = median(paste.slice(0, 100_000), 30);

const row = (name, value, goal) => console.log(`${name.padEnd(40)} ${value.padStart(12)}   ${goal}`);
console.log(`\nVerbindlich WASM under Node ${process.version}`);
row('WASM size (raw)', `${(bytes.length / 1024).toFixed(0)} KB`, '');
row('WASM size (gzip -9)', `${(gz / 1024).toFixed(0)} KB`, 'goal ≤ 300 KB');
row('instantiate + first analysis', `${cold.toFixed(1)} ms`, 'goal ≤ 30 ms');
row('  of which instantiate / warm()', `${instantiate.toFixed(1)} / ${warm.toFixed(1)} ms`, '');
row('analyze, 300-char note (median/p95)', `${note.median.toFixed(0)}/${note.p95.toFixed(0)} µs`, '');
row('analyze, 1,900-char InMail en (median/p95)', `${mailEn.median.toFixed(0)}/${mailEn.p95.toFixed(0)} µs`, 'goal ≤ 100 µs median');
row('analyze, 1,800-char InMail de (median/p95)', `${mailDe.median.toFixed(0)}/${mailDe.p95.toFixed(0)} µs`, 'goal ≤ 100 µs median');
row('analyze, 1,900 chars, 80 findings (median/p95)', `${worst.median.toFixed(0)}/${worst.p95.toFixed(0)} µs`, 'worst case');
row('analyze, 100 KB paste (median/p95)', `${(big.median / 1000).toFixed(1)}/${(big.p95 / 1000).toFixed(1)} ms`, '');
