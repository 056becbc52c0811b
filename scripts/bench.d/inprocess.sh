#!/usr/bin/env bash
# inprocess: the in-process benchmarks (ordo-one/benchmark, package scripts/bench.d/swift-benchmark): template
# readers and writers, template diff, the drift comparison of the reference stack, SigV4 signing, the XML reader
# and the round trip of every shared test template. Prints their table, then checks them against the p90
# thresholds recorded in scripts/bench.d/swift-benchmark/Thresholds (allocations, and instructions where the CPU counts them, within 10%,
# time within 150%, as the benchmarks' code says) and exits non-zero on a regression. After a deliberate change,
# record new thresholds with BENCH_UPDATE_THRESHOLDS=1. Not part of CI: the package and its dependency on the
# benchmark tool stay out of the root Package.swift.
set -euo pipefail
cd "$(dirname "$0")/swift-benchmark"
if [ -n "${BENCH_UPDATE_THRESHOLDS:-}" ]; then
    exec swift package --allow-writing-to-package-directory benchmark thresholds update --no-progress
fi
swift package benchmark --no-progress
# `swift package` exits 1 whatever a plugin throws; the tool's error names what it found (improvements only,
# or a regression), so that is what is read.
output=$(mktemp)
trap 'rm -f "$output"' EXIT
status=0
swift package benchmark thresholds check --no-progress 2>&1 | tee "$output" || status=$?
if [ "$status" -eq 0 ]; then
    echo "inprocess: every benchmark within its recorded thresholds"
elif grep -q 'benchmarkThresholdImprovement' "$output" && ! grep -q 'benchmarkThresholdRegression' "$output"; then
    echo "inprocess: improvements only (record them with BENCH_UPDATE_THRESHOLDS=1 scripts/bench inprocess)"
else
    echo "inprocess: REGRESSION against the recorded thresholds (exit $status)" >&2
    exit "$status"
fi
