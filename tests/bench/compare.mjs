// Two builds of the WASM engine side by side, in one process and interleaved, so that a
// machine whose speed drifts (this 2-core VM's does, by up to 1.6× between runs) slows
// both alike: `node tests/bench/compare.mjs OLD_PKG_DIR NEW_PKG_DIR`. Prints the median
// of every round's median per text, and the ratio. Cold start cannot share a process;
// each build's is measured in fresh processes, alternating, five each.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const dirs = process.argv.slice(2, 4).map((d) => pathToFileURL(`${resolve(d)}/`));
if (dirs.length !== 2) throw new Error('usage: node tests/bench/compare.mjs OLD_PKG_DIR NEW_PKG_DIR');

const texts = new URL('texts/', import.meta.url);
const read = (f) => readFileSync(new URL(f, texts), 'utf8');
const NOTE = "Hi Anna, I enjoyed your talk on pair reviews at Contoso's hiring meetup. I'm setting up take-home tasks for a team of eight. Would you have 15 minutes next week to tell me how you pick the tasks? Happy to share our data in return. No worries if not.";
const TEXTS = { 'note-300': NOTE, 'inmail-en': read('inmail-en.txt'), 'inmail-de': read('inmail-de.txt') };
const context = { surface: 'linkedin-inmail', recipient: { full_name: 'Anna Schmidt', company: 'Contoso' } };

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

if (process.argv[2] === '--cold') {
  // One cold start, in this fresh process: import, instantiate, first analysis.
  const dir = pathToFileURL(`${resolve(process.argv[3])}/`);
  const bytes = readFileSync(new URL('verbindlich_wasm_bg.wasm', dir));
  const t0 = performance.now();
  const { initSync, analyze } = await import(new URL('verbindlich_wasm.js', dir));
  initSync({ module: bytes });
  analyze({ text: NOTE, context });
  console.log(performance.now() - t0);
  process.exit(0);
}

const engines = [];
for (const dir of dirs) {
  const m = await import(new URL('verbindlich_wasm.js', dir));
  m.initSync({ module: readFileSync(new URL('verbindlich_wasm_bg.wasm', dir)) });
  engines.push(m);
}
for (const m of engines) for (const text of Object.values(TEXTS)) for (let i = 0; i < 2000; i++) m.analyze({ text, context });

const ROUNDS = 15;
const rounds = Object.fromEntries(Object.keys(TEXTS).map((k) => [k, [[], []]]));
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, text] of Object.entries(TEXTS)) {
    engines.forEach((m, e) => {
      const times = [];
      for (let i = 0; i < 100; i++) {
        const s = performance.now();
        m.analyze({ text, context });
        times.push(performance.now() - s);
      }
      rounds[name][e].push(median(times) * 1000);
    });
  }
}

const cold = [[], []];
for (let r = 0; r < 5; r++) {
  process.argv.slice(2, 4).forEach((d, e) => {
    const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--cold', d], { encoding: 'utf8' });
    cold[e].push(Number(out));
  });
}

const cell = (v, unit) => `${v.toFixed(unit === 'ms' ? 1 : 0)} ${unit}`.padStart(10);
console.log(`\n${''.padEnd(34)}${'first'.padStart(10)}${'second'.padStart(10)}   second ÷ first`);
for (const [name, [a, b]] of Object.entries(rounds)) {
  const [ma, mb] = [median(a), median(b)];
  console.log(`analyze ${name} (median of ${ROUNDS})`.padEnd(34) + cell(ma, 'µs') + cell(mb, 'µs') + `   ${(mb / ma).toFixed(2)}`);
}
const [ca, cb] = cold.map(median);
console.log('instantiate + first analysis (median of 5)'.padEnd(34) + cell(ca, 'ms') + cell(cb, 'ms') + `   ${(cb / ca).toFixed(2)}`);
