#!/usr/bin/env bash
# Verbindlich's one entry point: set-up (idempotent), build, test, bench.
#
#   ./build.sh          set up and build everything
#   ./build.sh test     every test
#   ./build.sh bench    benchmarks that print numbers
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

setup() {
  if ! command -v cargo >/dev/null; then
    echo "build.sh: cargo not found; install Rust with rustup (https://rustup.rs)" >&2
    exit 2
  fi
}

build() {
  setup
  log "building the engine and the command line (release)"
  cargo build --release --workspace --locked
  log "built target/release/verbindlich"
}

run_tests() {
  setup
  log "formatting and lints"
  cargo fmt --all -- --check
  cargo clippy --workspace --all-targets --locked -- -D warnings
  log "engine and command-line tests (unit, property, snapshot, CLI)"
  cargo test --workspace --locked
}

bench() {
  setup
  log "native engine benchmarks (divan)"
  cargo bench -p verbindlich-core --locked
}

case "${1:-build}" in
  build) build ;;
  test) run_tests ;;
  bench) bench ;;
  *)
    echo "usage: ./build.sh [build|test|bench]" >&2
    exit 2
    ;;
esac
