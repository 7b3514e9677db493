#!/usr/bin/env bash
# Benchmarks gopy on generated datasets (run by hand, not in CI):
#   Benchmarks/run.sh            Hải Phòng size: 1,600 institutions, 32,000 comments
#   Benchmarks/run.sh national   also the national size: 53,000 institutions, 1,000,000 comments
# Prints, per dataset and thread count: wall time, peak RSS (/usr/bin/time -v), and gopy's own
# split of the time between reading, rules, synthesis and writing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release >/dev/null
gopy=.build/release/gopy
work=${BENCH_DIR:-/tmp/gopy-bench}
mkdir -p "$work"

run() { # name institutions comments
  local name=$1 institutions=$2 comments=$3
  if [ ! -d "$work/$name" ]; then
    $gopy bench-data --institutions "$institutions" --comments "$comments" --seed 1 --out "$work/$name"
  fi
  for threads in 1 2; do
    local log="$work/$name-$threads.log"
    /usr/bin/time -v $gopy run "$work/$name" --out "$work/$name-out" --threads "$threads" >"$log" 2>&1 || true
    local wall rss line
    wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$log" | awk '{print int($NF/1024)}')
    line=$(grep "^gopy:" "$log" | sed 's/^gopy: //')
    printf "%-10s threads=%s  wall=%s  peak RSS=%s MB  %s\n" "$name" "$threads" "$wall" "$rss" "$line"
  done
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
run haiphong 1600 32000
if [ "${1:-}" = "national" ]; then run national 53000 1000000; fi
