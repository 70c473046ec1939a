#!/usr/bin/env bash
# The recorded harness of issue 18 (docs/performance.md, "Scaling"): the command line's export-facts
# with --threads 1 against --threads 2 on the same 2,000 generated reports and on 600 copies of the
# real report texts, its heap over 100,000 generated reports with -Xmx256m (-Xlog:gc), and Spark
# local[2] against the command line on the same 10,000 reports. Wall time, user and system CPU time
# (/usr/bin/time) and the load average before and after every run are recorded: on a shared
# machine, compare CPU times as well as wall times.
# Usage: bash benchmarks/scale.sh [WORK_DIR] [steps: threads heap spark]   (builds nothing: run
#   mvn -B -q -pl benchmarks,cli,spark -am package -DskipTests first)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-/tmp/juesuan-scale}"
shift || true
steps="${*:-threads heap spark}"
mkdir -p "$work"
bench=benchmarks/target/benchmarks.jar
cli=cli/target/juesuan.jar
log="$work/scale.log"
say() { echo "$*" | tee -a "$log"; }
# runs a command with wall and CPU time and the load before and after; "$1" is the label
timed() {
  local label="$1"; shift
  local before; before="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || {
    say "$label FAILED"; tail -5 "$work/err.txt" | tee -a "$log"; return 1; }
  read -r wall user sys rss < "$work/time.txt"
  say "$(printf '%-34s wall %7.2f s  user %7.2f s  sys %6.2f s  cpu/wall %4.2f  maxrss %6d MB  load %s -> %s' \
    "$label" "$wall" "$user" "$sys" "$(echo "($user+$sys)/$wall" | bc -l)" "$((rss / 1024))" "$before" \
    "$(cut -d' ' -f1-3 /proc/loadavg)")"
}
{ echo "date: $(date -u +%FT%TZ)"; echo "commit: $(git rev-parse --short HEAD)"; java -version 2>&1 | head -2;
  lscpu | grep -E 'Model name|^CPU\(s\)'; } | tee -a "$log"

if [[ " $steps " == *" threads "* ]]; then
  [ -d "$work/gen2000" ] || java -cp "$bench" io.github.juesuan.benchmarks.ScaleCorpus files "$work/gen2000" 2000
  if [ ! -d "$work/real600" ]; then
    mkdir -p "$work/real600"
    src=(spark/src/test/resources/reports/001_204597f849ed16ca.txt spark/src/test/resources/reports/002_2626e36b3619c519.txt
         spark/src/test/resources/reports/caizhengju-2024.layout.txt)
    for i in $(seq -w 0 599); do cp "${src[$((10#$i % 3))]}" "$work/real600/r$i.txt"; done
  fi
  for corpus in gen2000 real600; do
    for round in 1 2; do
      for t in 1 2; do
        rm -rf "$work/out"
        timed "$corpus --threads $t (round $round)" java -jar "$cli" export-facts --threads "$t" --out "$work/out" "$work/$corpus"
      done
    done
  done
fi

if [[ " $steps " == *" heap "* ]]; then
  [ -d "$work/gen100k" ] || java -cp "$bench" io.github.juesuan.benchmarks.ScaleCorpus files "$work/gen100k" 100000
  rm -rf "$work/out"
  timed "gen100k --threads 2 -Xmx256m" java -Xmx256m -Xlog:gc:file="$work/gc.log" -jar "$cli" export-facts --threads 2 \
      --format parquet --out "$work/out" "$work/gen100k"
  say "$(cat "$work/out.txt")"
  # the heap after each young or full collection, every 200th line
  grep -E 'Pause (Young|Full)' "$work/gc.log" | awk 'NR % 200 == 1' | sed -E 's/.*\[([0-9.]+s)\].*Pause ([A-Za-z]+).* ([0-9]+M)->([0-9]+M)\(([0-9]+M)\).*/\1 \2 \3->\4 (\5)/' | tee -a "$log"
  say "collections: $(grep -c 'Pause' "$work/gc.log"), full: $(grep -c 'Pause Full' "$work/gc.log" || true)"
fi

if [[ " $steps " == *" spark "* ]]; then
  [ -d "$work/gen10k" ] || java -cp "$bench" io.github.juesuan.benchmarks.ScaleCorpus files "$work/gen10k" 10000
  [ -f "$work/spark.classpath" ] || mvn -B -q -pl spark dependency:build-classpath -Dmdep.includeScope=provided \
      -Dmdep.outputFile="$work/spark.classpath" > /dev/null
  opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
    --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
    --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
    -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
  for round in 1 2; do
    rm -rf "$work/out"
    timed "gen10k cli --threads 2 parquet (round $round)" java -jar "$cli" export-facts --threads 2 --format parquet \
        --out "$work/out" "$work/gen10k"
    rm -rf "$work/spark-out"
    # shellcheck disable=SC2086
    timed "gen10k spark local[2] (round $round)" java -Xmx2g $opens -Dspark.master='local[2]' -Dspark.ui.enabled=false \
        -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
        -cp "spark/target/juesuan-spark-0.1.0-SNAPSHOT-all.jar:$(cat "$work/spark.classpath")" \
        io.github.juesuan.spark.JuesuanSparkJob "$work/spark-out" "$work/gen10k"
    say "  spark: $(grep rows "$work/out.txt" | tr '\n' ' ')"
  done
fi
say "log in $log"
