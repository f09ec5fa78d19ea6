// Verbindlich side by side with two tools a user could run locally instead, on the same
// texts in the same run: harper.js (Automattic's Rust/WASM grammar checker) and write-good
// (a JS prose linter). They check different things — grammar and spelling, prose style —
// so this compares the cost per keystroke a user pays, not what is found. Prints one table.
//
//   node tests/bench/peers.mjs            (./build.sh bench runs it after building)
//
// Each tool runs in its own Node process, so cold start and peak memory are its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEXTS_DIR = `${ROOT}target/bench-texts/`;
const CONTEXT = { surface: 'linkedin-inmail', recipient: { full_name: 'Anna Schmidt', company: 'Contoso' } };

function texts() {
  const dir = new URL('texts/', import.meta.url);
  const en = readFileSync(new URL('inmail-en.txt', dir), 'utf8');
  const de = readFileSync(new URL('inmail-de.txt', dir), 'utf8');
  const note =
    "Hi Anna, I enjoyed your talk on pair reviews at Contoso's hiring meetup. I'm setting up take-home tasks for a team of eight. Would you have 15 minutes next week to tell me how you pick the tasks? Happy to share our data in return. No worries if not.";
  let paste = '';
  for (let i = 0; paste.length < 100_000; i++) paste += `${i % 2 ? de : en}\n\n`;
  return { 'note-300': note, 'inmail-en': en, 'inmail-de': de, 'paste-100k': paste.slice(0, 100_000) };
}

/** Median and p95 in µs: at least 5 runs, up to 1 s or 2,000 runs, after a warm-up of up
 * to 300 runs or 300 ms, so that the JIT (and V8's tier-up of WASM) has settled for every tool. */
async function time(fn) {
  const warm = performance.now();
  for (let i = 0; i < 3 || (i < 300 && performance.now() - warm < 300); i++) await fn();
  const times = [];
  const start = performance.now();
  while (times.length < 5 || (performance.now() - start < 1000 && times.length < 2000)) {
    const t = performance.now();
    await fn();
    times.push((performance.now() - t) * 1000);
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1], p95: times[Math.floor(times.length * 0.95)] };
}

// Loaders: instantiate the tool and return one function that checks a text.
const TOOLS = {
  async verbindlich() {
    const pkg = `${ROOT}dist/www/pkg/`;
    const { initSync, analyze } = await import(pathToFileURL(`${pkg}verbindlich_wasm.js`));
    initSync({ module: readFileSync(`${pkg}verbindlich_wasm_bg.wasm`) });
    return (text) => analyze({ text, context: CONTEXT });
  },
  async harper() {
    // Node's fetch cannot read file: URLs; harper.js loads its module with fetch.
    const wasm = fileURLToPath(new URL('harper_wasm_bg.wasm', import.meta.resolve('harper.js')));
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (url, init) =>
      String(url).startsWith('file:') || String(url).endsWith('.wasm')
        ? new Response(readFileSync(wasm), { headers: { 'content-type': 'application/wasm' } })
        : realFetch(url, init);
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    await linter.setup();
    return (text) => linter.lint(text);
  },
  async 'write-good'() {
    const writeGood = (await import('write-good')).default;
    return (text) => writeGood(text);
  },
};

async function child(tool) {
  const all = texts();
  const t0 = performance.now();
  const check = await TOOLS[tool]();
  await check(all['note-300']);
  const cold = performance.now() - t0;
  const rows = {};
  for (const [name, text] of Object.entries(all)) rows[name] = await time(() => check(text));
  console.log(JSON.stringify({ cold, rows, maxRSS: process.resourceUsage().maxRSS / 1024 }));
}

function runChild(tool) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), `--tool=${tool}`], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${tool}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

function native(all) {
  mkdirSync(TEXTS_DIR, { recursive: true });
  const files = Object.entries(all).map(([name, text]) => {
    writeFileSync(`${TEXTS_DIR}${name}.txt`, text);
    return `${TEXTS_DIR}${name}.txt`;
  });
  const out = execFileSync('cargo', ['run', '--quiet', '--release', '--locked', '-p', 'verbindlich-core', '--example', 'timings', '--', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out);
}

async function main() {
  const all = texts();
  const results = { native: native(all) };
  for (const tool of Object.keys(TOOLS)) results[tool] = runChild(tool);
  const { measureExtension } = await import('./extension.mjs');
  const ext = await measureExtension({ keys: Number(process.env.KEYS ?? 300) });

  const us = (v) => (v >= 1000 ? `${(v / 1000).toFixed(1)} ms` : `${v.toFixed(0)} µs`);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const pad = (s, n) => String(s).padEnd(n);
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  console.log(`\nVerbindlich and its peers — ${cpus().length} × ${cpu}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  console.log('(median / p95 per message; ratio = peer median ÷ Verbindlich WASM median)\n');
  console.log(`${pad('message', 12)}${pad('native', 18)}${pad('Verbindlich WASM', 20)}${pad('harper.js', 30)}${pad('write-good', 30)}`);
  for (const name of Object.keys(all)) {
    const v = results.verbindlich.rows[name];
    const cell = (r) => `${us(r.median)} / ${us(r.p95)}`;
    const peer = (r) => `${cell(r)}  (${(r.median / v.median).toFixed(0)}×)`;
    console.log(
      `${pad(name, 12)}${pad(cell(results.native[name]), 18)}${pad(cell(v), 20)}${pad(peer(results.harper.rows[name]), 30)}${pad(peer(results['write-good'].rows[name]), 30)}`,
    );
  }
  const ours = readFileSync(`${ROOT}dist/www/pkg/verbindlich_wasm_bg.wasm`);
  const harperWasm = readFileSync(fileURLToPath(new URL('harper_wasm_bg.wasm', import.meta.resolve('harper.js'))));
  console.log('');
  console.log(`${pad('cold start (instantiate + first check)', 40)}Verbindlich ${results.verbindlich.cold.toFixed(0)} ms · harper.js ${results.harper.cold.toFixed(0)} ms · write-good ${results['write-good'].cold.toFixed(0)} ms`);
  console.log(`${pad('WASM size raw / gzip -9', 40)}Verbindlich ${kb(ours.length)} / ${kb(gzipSync(ours, { level: 9 }).length)} · harper.js ${kb(harperWasm.length)} / ${kb(gzipSync(harperWasm, { level: 9 }).length)}`);
  console.log(`${pad('peak memory of the Node process (RSS)', 40)}Verbindlich ${results.verbindlich.maxRSS.toFixed(0)} MB · harper.js ${results.harper.maxRSS.toFixed(0)} MB · write-good ${results['write-good'].maxRSS.toFixed(0)} MB`);
  console.log(`${pad('keystroke → overlay, extension', 40)}updated p50 ${ext.updated.p50.toFixed(1)} ms, p95 ${ext.updated.p95.toFixed(1)} ms (goal ≤ 16); painted p50 ${ext.painted.p50.toFixed(1)} ms, p95 ${ext.painted.p95.toFixed(1)} ms`);
  console.log(`${pad('200 KB paste in the extension', 40)}overlay after ${ext.paste.shown.toFixed(0)} ms; longest main-thread task ${ext.paste.longestPaste.toFixed(0)} ms, then ${ext.paste.longestTyping.toFixed(0)} ms typing (${ext.paste.over50} over 50 ms)`);
  console.log(`${pad('busy page without a composer', 40)}script ${ext.idle.without.toFixed(1)} ms without, ${ext.idle.with.toFixed(1)} ms with the extension (200 frames)`);
  const goals = [
    ['≥ 10× faster than harper.js per message', Object.keys(all).every((n) => results.harper.rows[n].median >= 10 * results.verbindlich.rows[n].median)],
    ['faster than write-good per message', Object.keys(all).every((n) => results['write-good'].rows[n].median > results.verbindlich.rows[n].median)],
    ['WASM ≤ 300 KB gzipped', gzipSync(ours, { level: 9 }).length <= 300 * 1024],
    ['keystroke → overlay p95 ≤ 16 ms', ext.updated.p95 <= 16],
    ['100 KB paste ≤ 20 ms in WASM', results.verbindlich.rows['paste-100k'].median <= 20_000],
    ['no main-thread task over 50 ms in or after a 200 KB paste', ext.paste.over50 === 0],
  ];
  console.log('\ngoals:');
  for (const [goal, met] of goals) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${goal}`);
  console.log('\nWhat each checks: Verbindlich — networking-message rules (length, personal, ask, value, tone…);');
  console.log('harper.js — English grammar and spelling; write-good — English prose style. Different work;');
  console.log('the same texts, so the same cost a user would pay per keystroke.');
}

const tool = process.argv.find((a) => a.startsWith('--tool='))?.slice(7);
if (tool) await child(tool);
else await main();
