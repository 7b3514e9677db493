#!/usr/bin/env bash
# Kills `gopy run` on the sample with SIGKILL at N random moments (default 20) and checks each
# time that --out holds the previous complete output or the new one, never a mix. The test suite
# runs the same test with 3 kills; this is the long version, run by hand.
#
#   scripts/kill-test.sh [kills]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
export GOPY_KILL_RUNS="${1:-20}"
swift build --build-tests --scratch-path .build-trust
swift test --skip-build --scratch-path .build-trust --disable-swift-testing \
    --filter NothingLostTests/testKilledRunsLeaveThePreviousOrTheNewOutputNeverAMix 2>&1 |
    grep -E "SIGKILL delays|error:|Executed [0-9]+ tests?" | head -40
