#!/usr/bin/env bash
# Benchmarks gopy on generated datasets (run by hand, not in CI):
#   Benchmarks/run.sh            Hải Phòng size: 1,600 institutions, 32,000 comments
#   Benchmarks/run.sh national   also the national size: 53,000 institutions, 1,000,000 comments
#   THREADS="2" Benchmarks/run.sh national   only some thread counts (default "1 2")
# Prints, per dataset and thread count: wall time, peak RSS (/usr/bin/time -v), gopy's own split
# of the time between reading, rules, synthesis and writing, the share of the time outside the
# rules phase, and the speed-up of 2 threads over 1.
source "$(dirname "$0")/common.sh"
threads_list=${THREADS:-"1 2"}

seconds() { # h:mm:ss or m:ss.ss -> seconds
  awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }' <<<"$1"
}

run() { # name
  local name=$1
  dataset "$name"
  declare -A walls=()
  for threads in $threads_list; do
    local log="$work/$name-$threads.log"
    /usr/bin/time -v $gopy run "$work/$name" --out "$work/$name-out" --threads "$threads" >"$log" 2>&1 || true
    local wall rss line total rules outside
    wall=$(seconds "$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')")
    walls[$threads]=$wall
    rss=$(grep "Maximum resident set size" "$log" | awk '{print int($NF/1024)}')
    line=$(grep "^gopy:" "$log" | sed 's/^gopy: //')
    total=$(sed -n 's/.* \([0-9.]*\) s (reading.*/\1/p' <<<"$line")
    rules=$(sed -n 's/.*rules \([0-9.]*\),.*/\1/p' <<<"$line")
    outside=$(awk -v t="$total" -v r="$rules" 'BEGIN { if (t > 0) printf "%.0f", 100 * (t - r) / t; else print "?" }')
    printf "%-9s threads=%s  wall=%6.1f s  peak RSS=%5s MB  outside the rules phase=%s%%  %s\n" "$name" "$threads" "$wall" "$rss" "$outside" "$line"
  done
  if [ -n "${walls[1]:-}" ] && [ -n "${walls[2]:-}" ]; then
    awk -v a="${walls[1]}" -v b="${walls[2]}" -v n="$name" 'BEGIN { printf "%-9s 2 threads are %.2fx as fast as 1\n", n, a / b }'
  fi
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
run haiphong
if [ "${1:-}" = "national" ]; then run national; fi
