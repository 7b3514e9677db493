#!/usr/bin/env bash
# Runs the whole test suite once under AddressSanitizer and once under ThreadSanitizer.
#
#   scripts/sanitizers.sh [address|thread ...]      (default: both)
#
# Each sanitizer builds in its own scratch folder (.build-asan, .build-tsan) so that neither
# disturbs the normal build. The end-to-end tests run the sanitized gopy binary too. A report
# fails the run; logs land in .build-<asan|tsan>/sanitizer.log.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(address thread)
# Leaks are not checked: swift-corelibs-foundation leaks small objects of its own (XMLParser's
# CFError for each XML syntax error) that say nothing about gopy.
status=0
for kind in "${kinds[@]}"; do
    case $kind in
        address) scratch=.build-asan ;;
        thread) scratch=.build-tsan ;;
        *) echo "unknown sanitizer $kind (address, thread)" >&2; exit 2 ;;
    esac
    mkdir -p "$scratch"
    log="$scratch/sanitizer.log"
    # The end-to-end tests run gopy as a child whose stderr the test keeps: reports of a child go
    # to files (<scratch>/report.<pid>) so none is lost; TSan's exit code 66 is the only other trace.
    rm -f "$scratch"/report.*
    export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:log_path=$PWD/$scratch/report"
    export TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1:log_path=$PWD/$scratch/report"
    echo "== $kind sanitizer ($scratch), log in $log"
    swift build --build-tests --sanitize="$kind" --scratch-path "$scratch" >"$log" 2>&1 || { tail -20 "$log"; status=1; continue; }
    swift test --skip-build --sanitize="$kind" --scratch-path "$scratch" --disable-swift-testing >>"$log" 2>&1
    result=$?
    grep -E "Executed [0-9]+ tests" "$log" | tail -1
    if ls "$scratch"/report.* >/dev/null 2>&1; then
        echo "$kind: sanitizer reports in $scratch/report.*:"; cat "$scratch"/report.* | grep -E "^(SUMMARY|WARNING: ThreadSanitizer)" | sort | uniq -c
        status=1
    elif [ $result -ne 0 ]; then
        echo "$kind: tests failed"; grep -E "error:|failed" "$log" | head -20
        status=1
    else
        echo "$kind: clean"
    fi
done
exit $status
