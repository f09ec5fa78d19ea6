// WASM budgets, printed (a benchmark, not a test): module size raw and gzipped, instantiate
// + first analysis, and analyze() on a 300-char note, the 1,800–1,900-char InMails, a dense
// worst case, the longest message LinkedIn takes and a 100 KB paste, all under Node.
//
//   node tests/bench/wasm.mjs                      the build in dist/www/pkg
//   node tests/bench/wasm.mjs OLD_PKG NEW_PKG …    several builds side by side
//
// Several builds run in one process, interleaved round by round, so that a machine whose
// speed drifts slows them all alike. Each figure is the median of the rounds' medians, with
// the p95 of every call; cold start cannot share a process, so it is measured in fresh
// processes, alternating between the builds.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const texts = new URL('texts/', import.meta.url);
const INMAIL = { en: readFileSync(new URL('inmail-en.txt', texts), 'utf8'), de: readFileSync(new URL('inmail-de.txt', texts), 'utf8') };
const PARA = "I came across your profile and I'm reaching out because our solution generates thousands of leads, guaranteed! I know you're busy, so I just wanted to ask if you'd be open to a quick call sometime. We help companies like yours to 10x your pipeline. Let me know if you're interested, and feel free to book a slot: https://calendly.com/ben/15min. I think maybe it would be a game-changer for your team at Contoso.\n\n";
let dense = 'Hi Anna,\n\n';
while (dense.length < 1900) dense += PARA;
dense = dense.slice(0, 1900);
let paste = '';
while (paste.length < 100_000) paste += INMAIL.en + '\n\n';
paste = paste.slice(0, 100_000);
const NOTE = "Hi Anna, I enjoyed your talk on pair reviews at Contoso's hiring meetup. I'm setting up take-home tasks for a team of eight. Would you have 15 minutes next week to tell me how you pick the tasks? Happy to share our data in return. No worries if not.";
const context = { surface: 'linkedin-inmail', recipient: { full_name: 'Anna Schmidt', company: 'Contoso' } };

const pkg = (d) => pathToFileURL(`${resolve(d)}/`);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

if (process.argv[2] === '--cold') {
  // One cold start, in this fresh process: import, instantiate, first analysis; then the
  // split the extension cares about (it warms the engine when a composer gets focus).
  const dir = pkg(process.argv[3]);
  const bytes = readFileSync(new URL('verbindlich_wasm_bg.wasm', dir));
  const t0 = performance.now();
  const { initSync, analyze } = await import(new URL('verbindlich_wasm.js', dir));
  initSync({ module: bytes });
  analyze({ text: NOTE, context });
  const cold = performance.now() - t0;
  const t1 = performance.now();
  const fresh = await import(new URL('verbindlich_wasm.js?fresh', dir));
  fresh.initSync({ module: bytes });
  const instantiate = performance.now() - t1;
  const t2 = performance.now();
  fresh.warm();
  console.log(JSON.stringify({ cold, instantiate, warm: performance.now() - t2 }));
  process.exit(0);
}

const dirs = process.argv.length > 2 ? process.argv.slice(2) : [new URL('../../dist/www/pkg/', import.meta.url).pathname];
const builds = [];
for (const d of dirs) {
  const bytes = readFileSync(new URL('verbindlich_wasm_bg.wasm', pkg(d)));
  const engine = await import(new URL('verbindlich_wasm.js', pkg(d)));
  engine.initSync({ module: bytes });
  builds.push({ dir: d, engine, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length });
}

// The extension passes its whole config, defaults filled in, with every keystroke.
const config = builds[0].engine.defaultConfig();
// Each case's text, calls per round (the paste is slow enough for a few) and config.
const CASES = [
  ['analyze, 300-char note', NOTE, 100],
  ['analyze, 1,900-char InMail en', INMAIL.en, 100],
  ['  the same with the full config', INMAIL.en, 100, config],
  ['analyze, 1,800-char InMail de', INMAIL.de, 100],
  ['analyze, 1,900 chars, 80 findings', dense, 50],
  ['analyze, 8,000 chars (LinkedIn\'s limit)', paste.slice(0, 8000), 20],
  ['analyze, 100 KB paste', paste, 3],
];
// V8 compiles WASM with its baseline compiler first and optimises hot functions in the
// background; measure only once every text has run long enough for that to settle.
for (const { engine } of builds) for (const [, text, n, config] of CASES) for (let i = 0; i < n * 5; i++) engine.analyze({ text, context, config });

const ROUNDS = 21;
const results = CASES.map(() => builds.map(() => ({ medians: [], all: [] })));
for (let r = 0; r < ROUNDS; r++) {
  CASES.forEach(([, text, n, config], c) => {
    // Alternate which build goes first, so neither always runs right after the other.
    const order = r % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
    for (const b of order) {
      const times = [];
      for (let i = 0; i < n; i++) {
        const s = performance.now();
        builds[b].engine.analyze({ text, context, config });
        times.push((performance.now() - s) * 1000);
      }
      results[c][b].medians.push(median(times));
      results[c][b].all.push(...times);
    }
  });
}

const colds = builds.map(() => []);
for (let r = 0; r < 5; r++) {
  dirs.forEach((d, b) => {
    const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--cold', d], { encoding: 'utf8' });
    colds[b].push(JSON.parse(out));
  });
}

const width = 22;
const row = (name, cells) => console.log(name.padEnd(44) + cells.map((c) => c.padStart(width)).join(''));
const us = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} ms` : `${v.toFixed(0)} µs`);
console.log(`\nVerbindlich WASM under Node ${process.version}; analyze: median of ${ROUNDS} rounds' medians / p95 of every call`);
if (builds.length > 1) builds.forEach((b, i) => console.log(`  [${i + 1}] ${b.dir}`));
row('', builds.map((_, i) => (builds.length > 1 ? `[${i + 1}]` : '')));
row('WASM size, raw / gzip -9 (goal ≤ 300 KB)', builds.map((b) => `${(b.raw / 1024).toFixed(0)} / ${(b.gz / 1024).toFixed(0)} KB`));
row('instantiate + first analysis (goal ≤ 30 ms)', colds.map((c) => `${median(c.map((x) => x.cold)).toFixed(1)} ms`));
row('  of which instantiate / warm()', colds.map((c) => `${median(c.map((x) => x.instantiate)).toFixed(1)} / ${median(c.map((x) => x.warm)).toFixed(1)} ms`));
CASES.forEach(([name], c) => row(name, results[c].map((x) => `${us(median(x.medians))} / ${us(p95(x.all))}`)));

// A keystroke with a full history (2,000 first messages sent, the history's cap): the
// sketches carried in every analyze's context — serialised by the worker, parsed by the
// boundary — against the sketches handed to the engine once (rememberSent).
for (const [b, { engine }] of builds.entries()) {
  if (!engine.rememberSent) continue;
  const sent = Array.from({ length: 2000 }, (_, i) => ({ sketch: engine.similaritySketch(`${NOTE} ${i} ${i * 7919}`, `Person ${i}`), days_ago: i % 90 }));
  const heavy = { ...context, sent };
  const time = (run) => {
    for (let i = 0; i < 50; i++) run();
    const times = [];
    for (let i = 0; i < 200; i++) {
      const s = performance.now();
      run();
      times.push((performance.now() - s) * 1000);
    }
    return times;
  };
  engine.rememberSent([]);
  // The worker's side of carrying them: the message over the port is a structured clone,
  // and the boundary turns the context into JSON to key its cache.
  const carried = time(() => engine.analyze({ text: NOTE, context: structuredClone(heavy), config }));
  engine.rememberSent(sent);
  const kept = time(() => engine.analyze({ text: NOTE, context, config }));
  engine.rememberSent([]);
  const label = builds.length > 1 ? ` [${b + 1}]` : '';
  row(`keystroke, 2,000 sketches in the context${label}`, [`${us(median(carried))} / ${us(p95(carried))}`]);
  row(`  the same, sketches kept in the engine${label}`, [`${us(median(kept))} / ${us(p95(kept))}`]);
}
