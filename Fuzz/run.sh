#!/usr/bin/env bash
# Fuzzes the CSV and XLSX readers with libFuzzer for a bounded time each.
#
#   Fuzz/run.sh [seconds-per-target] [target...]     (default: 60 s, targets csv and xlsx)
#
# SwiftPM cannot build a libFuzzer executable (`-sanitize=fuzzer` brings its own main), so each
# module the readers need is compiled here with swiftc, instrumented for coverage and
# AddressSanitizer, and linked with the target file. The committed corpus (Fuzz/corpus/<target>)
# seeds each run; inputs libFuzzer finds interesting go to Fuzz/.work/<target>/corpus (not
# committed), crashes to Fuzz/.work/<target>/crash-*. Turn each crash into a regression test in
# Tests/TabularTests (FuzzRegressionTests.swift) before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv xlsx)

work=Fuzz/.work
build="$work/build"
mkdir -p "$build"

# ZIPFoundation's sources, from a scratch folder of our own (SwiftPM's cache serves it offline).
swift package --scratch-path .build-fuzz resolve >/dev/null
zip=.build-fuzz/checkouts/ZIPFoundation/Sources
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -wmo -I "$build" -suppress-warnings)

module() { # name swift-version sources... -> $build/<name>.o and .swiftmodule
    local name=$1 version=$2; shift 2
    swiftc "${flags[@]}" -swift-version "$version" -module-name "$name" -emit-module -emit-module-path "$build/$name.swiftmodule" \
        -c "$@" -o "$build/$name.o" -Xcc -fmodule-map-file="$zip/CZLib/module.modulemap" -enable-testing
}
echo "building the fuzz targets in $build"
module Diagnostics 6 Sources/Diagnostics/*.swift
module VietText 6 Sources/VietText/*.swift
# ZIPFoundation is third-party and not ours to fix; it is built with the readers so that its
# inflater is fuzzed too (Tabular feeds it untrusted deflate streams).
module ZIPFoundation 5 "$zip"/ZIPFoundation/*.swift -Xcc -D_GNU_SOURCE=1
module Tabular 6 Sources/Tabular/*.swift

status=0
for target in "${targets[@]}"; do
    case $target in
        csv) source=Fuzz/Targets/FuzzCSV.swift ;;
        xlsx) source=Fuzz/Targets/FuzzXLSX.swift ;;
        *) echo "unknown target $target (csv, xlsx)" >&2; exit 2 ;;
    esac
    binary="$build/fuzz-$target"
    swiftc "${flags[@]}" -swift-version 6 -module-name "Fuzz$target" "$source" "$build"/{Diagnostics,VietText,ZIPFoundation,Tabular}.o \
        -Xcc -fmodule-map-file="$zip/CZLib/module.modulemap" -lz -o "$binary"
    mkdir -p "$work/$target/corpus"
    echo "fuzzing $target for $seconds s"
    # -rss_limit_mb: the readers must stay well under this on any input up to -max_len.
    # -timeout: a single input that takes this long is a hang, reported like a crash.
    # -detect_leaks=0: swift-corelibs-foundation's XMLParser leaks the CFError it builds for every
    # XML syntax error (_CFErrorCreateFromXMLInterface, 72 bytes); the leak is in Foundation, not
    # in gopy, and would otherwise stop every XLSX run at its first malformed sheet.
    if ! (cd "$work/$target" && ASAN_OPTIONS=detect_leaks=0 "$OLDPWD/$binary" corpus "$OLDPWD/Fuzz/corpus/$target" \
            -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
            -print_final_stats=1 2>&1 | tee log.txt | grep -E "^(#[0-9]+ *(DONE|pulse)|stat::|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)" ); then
        :
    fi
    if ls "$work/$target"/crash-* "$work/$target"/timeout-* "$work/$target"/oom-* >/dev/null 2>&1; then
        echo "$target: FOUND PROBLEMS:" "$work/$target"/{crash,timeout,oom}-* 2>/dev/null
        status=1
    fi
done
exit $status
