#!/usr/bin/env bash
# Runs every JMH benchmark and the heap checks with the settings recorded in docs/performance.md.
# Usage: bash benchmarks/run-all.sh [OUT_DIR]   (about 15 minutes on a 2-core machine; run it on a quiet machine)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-benchmarks/results}"
mkdir -p "$out"
mvn -B -q -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
{ echo "date: $(date -u +%FT%TZ)"; echo "commit: $(git rev-parse --short HEAD)"; nproc; free -h | head -2;
  java -version 2>&1; lscpu | grep -E 'Model name|^CPU\(s\)|MHz' || true; uptime; } > "$out/machine.txt"
common=(-wi 3 -w 2s -i 5 -r 2s -f 1 -rf text)
java -jar "$jar" 'GenerationBenchmark|TestingShapesBenchmark' "${common[@]}" -rff "$out/generation.txt" > "$out/generation.log"
java -jar "$jar" ValidationBenchmark "${common[@]}" -rff "$out/validation.txt" > "$out/validation.log"
java -jar "$jar" TextBenchmark "${common[@]}" -rff "$out/text.txt" > "$out/text.log"
java -jar "$jar" JsonBenchmark -wi 3 -w 5s -i 5 -r 5s -f 1 -rf text -rff "$out/json.txt" > "$out/json.log"
java -jar "$jar" ExcelBenchmark "${common[@]}" -prof gc -rff "$out/excel.txt" > "$out/excel.log"
java -Xmx256m -cp "$jar" io.github.juesuan.benchmarks.JsonLinesHeapCheck > "$out/json-heap.txt"
java -Xmx256m -cp "$jar" io.github.juesuan.benchmarks.ExcelHeapCheck 10000 > "$out/excel-heap.txt"
echo "results in $out"
