#!/usr/bin/env bash
# Verbindlich's one entry point. Set-up is idempotent: run any command on a fresh machine.
#
#   ./build.sh          set up and build everything: CLI, WASM engine, dist/www, dist/extension
#   ./build.sh extension  rebuild only dist/extension (needs dist/www/pkg from a full build)
#   ./build.sh serve    build, then serve the playground on http://127.0.0.1:8080
#   ./build.sh test     every test (Rust, WASM under Node, the page reader under Node, Chromium by Playwright, Firefox ESR by WebDriver)
#   ./build.sh bench    benchmarks that print numbers (native, WASM, peers, the extension)
#   ./build.sh eval [FILE...]   how well the score separates messages with known verdicts
#   ./build.sh fuzz [SECONDS]   fuzz the engine (cargo-fuzz, nightly); crashes become regression tests
#   ./build.sh release          the store packages, source archive, listing texts and screenshots
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
WASM_TARGET=wasm32-unknown-unknown
WASM_FILE=${CARGO_TARGET_DIR:-target}/$WASM_TARGET/wasm/verbindlich_wasm.wasm

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 2; }

# The wasm-bindgen crate's version, pinned with `=` in crates/wasm/Cargo.toml; the CLI
# must match it exactly or the generated glue will not fit the module.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

setup() {
  command -v cargo >/dev/null || die "cargo not found; install Rust with rustup (https://rustup.rs)"
  command -v node >/dev/null || die "node not found; install Node.js 20 or newer"
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    log "adding the $WASM_TARGET target"
    rustup target add "$WASM_TARGET"
  fi
  local want; want=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (once; about two minutes)"
    # Not --locked: its lock file pins a crate version the registry no longer serves.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
  # npm's own record of what it installed (node_modules/.package-lock.json) leaves out the
  # root and the other platforms' optional packages, so it never equals the lock file:
  # remember the lock file we installed from instead.
  local lock; lock=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat node_modules/.installed-from 2>/dev/null)" != "$lock" ]; then
    log "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund
    echo "$lock" > node_modules/.installed-from
  fi
}

# Chromium for the browser tests: Debian's package (Playwright's own download is blocked).
setup_chromium() {
  if [ -z "${CHROMIUM:-}" ]; then
    if ! command -v chromium >/dev/null; then
      log "installing Debian's chromium"
      [ "$(id -u)" = 0 ] || die "chromium is missing; install it with: sudo apt-get install -y chromium"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
    export CHROMIUM
    CHROMIUM=$(command -v chromium)
  fi
}

# Debian's Firefox ESR (the security suite has the current one; bookworm's own is older)
# and geckodriver from crates.io, for the Firefox suite.
setup_firefox() {
  if [ -z "${FIREFOX:-}" ]; then
    if ! command -v firefox-esr >/dev/null; then
      log "installing Debian's firefox-esr"
      [ "$(id -u)" = 0 ] || die "firefox-esr is missing; install it with: sudo apt-get install -y -t bookworm-security firefox-esr"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t bookworm-security firefox-esr >/dev/null
    fi
    export FIREFOX
    FIREFOX=$(command -v firefox-esr)
  fi
  command -v geckodriver >/dev/null || cargo install geckodriver --version 0.37.1
  if ! command -v openssl >/dev/null; then
    # The Firefox suite makes a certificate for the sites' addresses with it.
    [ "$(id -u)" = 0 ] || die "openssl is missing; install it with: sudo apt-get install -y openssl"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >/dev/null
  fi
}

# The product's version: [workspace.package] in Cargo.toml, the one place it is written.
workspace_version() {
  sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml
}

build_native() {
  log "building the command line (release)"
  cargo build --release -p verbindlich-cli --locked
}

build_wasm() {
  log "building the WASM engine"
  cargo build --profile wasm --target "$WASM_TARGET" -p verbindlich-wasm --locked
  rm -rf dist/www
  mkdir -p dist/www/pkg
  wasm-bindgen --target web --out-dir dist/www/pkg "$WASM_FILE"
  log "shrinking it with wasm-opt (binaryen from npm)"
  node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-simd \
    dist/www/pkg/verbindlich_wasm_bg.wasm -o dist/www/pkg/verbindlich_wasm_bg.wasm
  cp -r www/. dist/www/
  # The playground draws with the extension's overlay, bundled for a plain page.
  # It is our own page, with nothing to hide from: its overlay shows its state (exposure.ts).
  node_modules/.bin/esbuild extension/src/playground.ts --bundle --format=esm --target=chrome116 \
    --define:SHOW_STATE=true --outfile=dist/www/overlay.js --log-level=warning
  log "dist/www ready ($(wc -c < dist/www/pkg/verbindlich_wasm_bg.wasm) bytes of WASM, $(gzip -9c dist/www/pkg/verbindlich_wasm_bg.wasm | wc -c) gzipped)"
}

# The extension: typed content script and worker bundled by esbuild, the WASM engine from
# dist/www/pkg copied beside the worker, and a zip for the store.
build_extension() {
  log "building the extension"
  node_modules/.bin/tsc -p extension
  local out=dist/extension version
  rm -rf "$out" && mkdir -p "$out/pkg"
  # The worker and the pages import the engine's glue as ./pkg/…, where it is copied below.
  node_modules/.bin/esbuild extension/src/worker.ts extension/src/popup.ts extension/src/options.ts extension/src/welcome.ts extension/src/record.ts --bundle \
    --format=esm --target=chrome116 --external:./pkg/verbindlich_wasm.js --outdir="$out" --log-level=warning
  node_modules/.bin/esbuild extension/src/content/main.ts --bundle --format=iife --target=chrome116 \
    --define:SHOW_STATE=false --minify-syntax --outfile="$out/content.js" --log-level=warning
  cp -r extension/manifest.json extension/managed_schema.json extension/_locales extension/icons \
    extension/popup.html extension/options.html extension/welcome.html extension/record.html extension/pages.css "$out/"
  cp dist/www/pkg/verbindlich_wasm.js dist/www/pkg/verbindlich_wasm_bg.wasm "$out/pkg/"
  # The version lives in one place, the workspace's Cargo.toml; the manifest gets it here.
  version=$(workspace_version)
  node -e '
    const fs = require("fs"), f = process.argv[1], m = JSON.parse(fs.readFileSync(f, "utf8"));
    fs.writeFileSync(f, JSON.stringify({ ...m, version: process.argv[2] }, null, 2) + "\n");' "$out/manifest.json" "$version"
  # Firefox: the same files; its manifest runs the worker as a background module script
  # and names the add-on (web-ext lint checks it in ./build.sh test).
  rm -rf dist/extension-firefox && cp -r "$out" dist/extension-firefox
  node -e '
    const fs = require("fs"), f = "dist/extension-firefox/manifest.json", m = JSON.parse(fs.readFileSync(f, "utf8"));
    m.background = { scripts: [m.background.service_worker], type: "module" };
    delete m.minimum_chrome_version;
    m.browser_specific_settings = { gecko: { id: "verbindlich@verbindlich.dev", strict_min_version: "153.0",
      data_collection_permissions: { required: ["none"] } } };
    fs.writeFileSync(f, JSON.stringify(m, null, 2) + "\n");'
  rm -f "dist/verbindlich-$version.zip"
  if command -v zip >/dev/null; then
    (cd "$out" && zip -qr -X "../verbindlich-$version.zip" .)
  else
    (cd "$out" && python3 -m zipfile -c "../verbindlich-$version.zip" ./*)
  fi
  # The build the browser tests drive: the same, but its overlay shows its state to the
  # page — the tests' channel, which the shipped build does not have (exposure.ts).
  rm -rf dist/extension-test dist/extension-firefox-test
  cp -r "$out" dist/extension-test && cp -r dist/extension-firefox dist/extension-firefox-test
  node_modules/.bin/esbuild extension/src/content/main.ts --bundle --format=iife --target=chrome116 \
    --define:SHOW_STATE=true --minify-syntax --outfile=dist/extension-test/content.js --log-level=warning
  cp dist/extension-test/content.js dist/extension-firefox-test/content.js
  log "dist/extension ready (load unpacked), dist/verbindlich-$version.zip packed"
}

# Everything a store submission needs, in dist/release/: the Chrome package, the Firefox
# package and the source archive addons.mozilla.org asks for, the listing texts in English
# and German (from _locales), the 1280×800 screenshots (made by tests/e2e/store.test.mjs),
# and their SHA-256 sums. The version is the workspace's (Cargo.toml).
release() {
  build
  setup_chromium
  local version out=dist/release
  version=$(workspace_version)
  [ -z "$(git status --porcelain)" ] || log "the working tree has changes: the source archive holds the last commit only"
  log "making the store screenshots"
  node --test --test-concurrency=1 tests/e2e/store.test.mjs
  rm -rf "$out" && mkdir -p "$out/store"
  (cd dist/extension && python3 -m zipfile -c "../release/verbindlich-$version-chrome.zip" ./*)
  (cd dist/extension-firefox && python3 -m zipfile -c "../release/verbindlich-$version-firefox.zip" ./*)
  git archive --format=zip --prefix="verbindlich-$version/" -o "$out/verbindlich-$version-source.zip" HEAD
  cp target/store/*.png "$out/store/"
  node -e '
    const fs = require("fs");
    for (const lang of ["en", "de"]) {
      const m = JSON.parse(fs.readFileSync(`extension/_locales/${lang}/messages.json`, "utf8"));
      const text = [`# ${m.extName.message}`, "", m.extDescription.message, "", m.storeDescription.message, "",
        lang === "de" ? "Datenschutzerklärung: privacy.html der Website (www/privacy.html)" : "Privacy policy: privacy.html of the website (www/privacy.html)", ""].join("\n");
      fs.writeFileSync(`dist/release/store/listing-${lang}.md`, text);
    }'
  (cd "$out" && find . -type f ! -name SHA256SUMS | sort | xargs sha256sum > SHA256SUMS)
  log "dist/release ready: $(cd "$out" && ls -1 ./*.zip | tr '\n' ' ')"
}

build() {
  setup
  build_native
  build_wasm
  build_extension
}

run_tests() {
  setup
  setup_chromium
  log "formatting, lints and commit messages"
  node tests/commits.mjs
  cargo fmt --all -- --check
  cargo clippy --workspace --all-targets --locked -- -D warnings
  log "engine and command-line tests (unit, property, snapshot, CLI)"
  cargo test --workspace --exclude verbindlich-wasm --locked
  # The WASM crate's own unit tests need no JavaScript (reading analyze's input).
  cargo test -p verbindlich-wasm --lib --locked
  log "the WASM boundary under Node (wasm-bindgen-test)"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test -p verbindlich-wasm --target "$WASM_TARGET" --locked
  build_wasm
  build_extension
  log "the page reader in Node (happy-dom, the fixture pages)"
  node --test tests/page/
  log "the Firefox build passes web-ext lint"
  node_modules/.bin/web-ext lint --source-dir dist/extension-firefox --warnings-as-errors --output text
  log "the playground and the extension in Chromium (Playwright)"
  node --test --test-concurrency=1 tests/e2e/
  setup_firefox
  log "the extension in Firefox ESR (WebDriver through geckodriver)"
  node --test --test-concurrency=1 tests/firefox/
}

bench() {
  setup
  log "native engine (divan)"
  cargo bench -p verbindlich-core --locked
  build_wasm
  build_extension
  log "WASM budgets under Node"
  node tests/bench/wasm.mjs
  setup_chromium
  log "side by side with harper.js and write-good, and the extension in headless Chromium"
  node tests/bench/peers.mjs
  log "the first report: after install and after the worker slept"
  node tests/bench/first-report.mjs 5
}

# Coverage-guided fuzzing (cargo-fuzz, libFuzzer) of text, context and config together.
# Needs a nightly toolchain for the sanitizer flags. Starts from the corpus kept in
# tests/fuzz/corpus/ and minimises it afterwards, so the next run goes on where this one
# stopped; a crash is copied to tests/fuzz/regressions/, where `cargo test` replays it.
fuzz() {
  local seconds=${1:-300}
  setup
  rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
  command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
  mkdir -p tests/fuzz/corpus
  log "fuzzing the engine for $seconds s"
  if ! cargo +nightly fuzz run engine --fuzz-dir fuzz tests/fuzz/corpus tests/fuzz/regressions -- \
    -max_total_time="$seconds" -print_final_stats=1; then
    for found in fuzz/artifacts/engine/*; do [ -f "$found" ] && cp "$found" tests/fuzz/regressions/; done
    die "the fuzzer found a crash; it is in tests/fuzz/regressions/ now, and cargo test replays it"
  fi
  log "minimising tests/fuzz/corpus/"
  cargo +nightly fuzz cmin engine --fuzz-dir fuzz tests/fuzz/corpus
}

# How well the score judges messages with known verdicts. Each set is measured with the
# shipped costs (`verbindlich eval`), then all together by `verbindlich fit`, which fits
# the costs leaving out one publisher at a time and fails unless the held-out ranking
# beats counting words and capitalised words by 0.05 (docs/scoring.md). With no FILE:
# $VERBINDLICH_EVAL_SETS (space-separated), else every real-world/*.json in a folder
# beside the checkout — where a team keeps sets it must not commit (published texts are
# not ours to copy).
eval_sets() {
  local sets=("$@")
  if [ ${#sets[@]} -eq 0 ]; then
    if [ -n "${VERBINDLICH_EVAL_SETS:-}" ]; then
      read -r -a sets <<<"$VERBINDLICH_EVAL_SETS"
    else
      for f in ../*/real-world/*.json; do if [ -f "$f" ]; then sets+=("$f"); fi; done
    fi
  fi
  [ ${#sets[@]} -gt 0 ] || die "eval: no set of messages found; give a JSON file (see README, 'Measuring the score')"
  setup
  build_native
  for f in "${sets[@]}"; do
    log "verbindlich eval $f"
    target/release/verbindlich eval "$f"
  done
  log "verbindlich fit: held out by publisher, beside the baselines"
  target/release/verbindlich fit "${sets[@]}"
}

serve() {
  build
  log "serving the playground on http://127.0.0.1:8080 (Ctrl-C stops)"
  exec node tests/support/serve.mjs "$ROOT/dist/www" 8080
}

case "${1:-build}" in
  build) build ;;
  extension) build_extension ;;
  eval) shift; eval_sets "$@" ;;
  serve) serve ;;
  test) run_tests ;;
  bench) bench ;;
  release) release ;;
  fuzz) fuzz "${2:-300}" ;;
  *) die "usage: ./build.sh [build|extension|serve|test|bench|release|eval [FILE...]|fuzz [SECONDS]]" ;;
esac
