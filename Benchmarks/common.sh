# Sourced by the benchmark scripts (run.sh, floor.sh): the release build, the work folder, and
# the benchmark datasets, made once with `gopy bench-data` and kept in the work folder.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release >/dev/null
gopy=.build/release/gopy
work=${BENCH_DIR:-/tmp/gopy-bench}
mkdir -p "$work"

# dataset NAME: makes $work/NAME when it is missing (always from seed 1, so every script and
# every run measures the same data). haiphong: 1,600 institutions, 32,000 comments; national:
# 53,000 institutions, 1,000,000 comments.
dataset() {
  local institutions comments
  case $1 in
    haiphong) institutions=1600 comments=32000 ;;
    national) institutions=53000 comments=1000000 ;;
    *) echo "Benchmarks: no dataset named $1" >&2; return 1 ;;
  esac
  if [ ! -d "$work/$1" ]; then
    $gopy bench-data --institutions "$institutions" --comments "$comments" --seed 1 --out "$work/$1"
  fi
}
