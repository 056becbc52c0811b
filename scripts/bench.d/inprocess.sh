#!/usr/bin/env bash
# inprocess: the in-process benchmarks (ordo-one/benchmark, package scripts/bench.d/swift-benchmark):
# template readers and writers, the round trip of every shared test template, the XML reader. Checks them
# against the thresholds recorded in scripts/bench.d/swift-benchmark/Thresholds and exits non-zero on a
# regression. After a deliberate change, record new thresholds with BENCH_UPDATE_THRESHOLDS=1.
set -euo pipefail
cd "$(dirname "$0")/swift-benchmark"
if [ -n "${BENCH_UPDATE_THRESHOLDS:-}" ]; then
    exec swift package --allow-writing-to-package-directory benchmark thresholds update --no-progress
fi
swift package benchmark --no-progress
swift package benchmark thresholds check --no-progress
