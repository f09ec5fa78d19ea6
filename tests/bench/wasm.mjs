// WASM budgets, printed (a benchmark, not a test): module size raw and gzipped,
// instantiate + first analysis, and analyze() on a 1,900-char InMail, all under Node.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';

const dir = new URL('../../dist/www/pkg/', import.meta.url);
const bytes = readFileSync(new URL('verbindlich_wasm_bg.wasm', dir));
const gz = gzipSync(bytes, { level: 9 }).length;

const PARA = "I came across your profile and I'm reaching out because our solution generates thousands of leads, guaranteed! I know you're busy, so I just wanted to ask if you'd be open to a quick call sometime. We help companies like yours to 10x your pipeline. Let me know if you're interested, and feel free to book a slot: https://calendly.com/ben/15min. I think maybe it would be a game-changer for your team at Contoso.\n\n";
let inmail = 'Hi Anna,\n\n';
while (inmail.length < 1900) inmail += PARA;
inmail = inmail.slice(0, 1900);
const NOTE = "Hi Anna, I enjoyed your talk on pair reviews at Contoso's hiring meetup. I'm setting up take-home tasks for a team of eight. Would you have 15 minutes next week to tell me how you pick the tasks? Happy to share our data in return. No worries if not.";
const context = { surface: 'linkedin-inmail', recipient: { full_name: 'Anna Schmidt', company: 'Contoso' } };

const t0 = performance.now();
const { initSync, analyze } = await import(new URL('verbindlich_wasm.js', dir));
initSync({ module: bytes });
analyze({ text: NOTE, context });
const cold = performance.now() - t0;

function median(text, n = 400) {
  for (let i = 0; i < 50; i++) analyze({ text, context });
  const times = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    analyze({ text, context });
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { median: times[n >> 1] * 1000, p95: times[Math.floor(n * 0.95)] * 1000 };
}

const note = median(NOTE);
const mail = median(inmail);
let paste = '';
while (paste.length < 100_000) paste += PARA;
const big = median(paste.slice(0, 100_000), 30);

const row = (name, value, goal) => console.log(`${name.padEnd(40)} ${value.padStart(12)}   ${goal}`);
console.log(`\nVerbindlich WASM under Node ${process.version}`);
row('WASM size (raw)', `${(bytes.length / 1024).toFixed(0)} KB`, '');
row('WASM size (gzip -9)', `${(gz / 1024).toFixed(0)} KB`, 'goal ≤ 300 KB');
row('instantiate + first analysis', `${cold.toFixed(1)} ms`, 'goal ≤ 30 ms');
row('analyze, 300-char note (median/p95)', `${note.median.toFixed(0)}/${note.p95.toFixed(0)} µs`, '');
row('analyze, 1,900-char InMail (median/p95)', `${mail.median.toFixed(0)}/${mail.p95.toFixed(0)} µs`, 'goal ≤ 100 µs median');
row('analyze, 100 KB paste (median/p95)', `${(big.median / 1000).toFixed(1)}/${(big.p95 / 1000).toFixed(1)} ms`, '');
