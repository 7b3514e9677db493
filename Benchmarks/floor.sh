#!/usr/bin/env bash
# The host's own cost (run by hand, not in CI): the benchmark datasets run with the default rules
# except that every level's classify hook decides nothing (it returns one constant label set),
# so what is left is reading, bridging, the appendix checks, the synthesis and the writing.
#   Benchmarks/floor.sh            Hải Phòng size (1,600 institutions, 32,000 comments)
#   Benchmarks/floor.sh national   also the national size (53,000 institutions, 1,000,000 comments)
# Prints gopy's closing line and /usr/bin/time's wall time and peak RSS, on 2 threads.
source "$(dirname "$0")/common.sh"
rules=$(mktemp -d)
trap 'rm -rf "$rules"' EXIT
cp -r Rules/. "$rules"
for level in "$rules"/levels/*.lua; do
  cat >"$level" <<'LUA'
-- Benchmarks/floor.sh: decides nothing, so that a run measures the host alone.
return {
  classify = function(c)
    return { group = "khac", area = "chat_luong", stance = "khac", flags = {} }
  end,
}
LUA
done

run() { # name
  local name=$1
  dataset "$name"
  local log="$work/$name-floor.log"
  /usr/bin/time -f "wall %e s, peak RSS %M KB" $gopy run "$work/$name" --rules "$rules" --out "$work/$name-floor-out" --threads 2 >"$log" 2>&1 || true
  grep -E "^gopy: [0-9]+ comments|^wall " "$log" | sed "s/^gopy: //; s/^/$name floor: /"
}

run haiphong
if [ "${1:-}" = "national" ]; then run national; fi
