#!/usr/bin/env bash
# The recorded harness of issue 18 (docs/performance.md, "Scaling"): the command line's export-facts
# with --threads 1 against --threads 2 on the same 2,000 generated reports and on 600 copies of the
# real report texts, its heap over 100,000 generated reports with -Xmx256m (-Xlog:gc), and Spark
# local[2] against the command line on the same 10,000 reports. Wall time, user and system CPU time
# (/usr/bin/time) and the load average before and after every run are recorded: on a shared
# machine, compare CPU times as well as wall times.
# Usage: bash benchmarks/scale.sh [WORK_DIR] [steps: threads heap spark]   (builds nothing: run
#   mvn -B -q -pl benchmarks,cli,spark -am package -DskipTests first). Environment: CLI_JAR (another
#   build of the command line), CORPORA (gen2000 real600), ROUNDS (2), HEAP_COPIES (50: 100,000
#   inputs), SPARK_COPIES (5: 10,000 inputs); the larger corpora are hard links of the 2,000 files.
#   The CPU seconds of each kind of thread (main = the writer, workers, GC, JIT) are sampled from
#   /proc, so that the serial part can be seen however loaded the machine is.
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-/tmp/juesuan-scale}"
shift || true
steps="${*:-threads heap spark}"
mkdir -p "$work"
bench=benchmarks/target/benchmarks.jar
cli="${CLI_JAR:-cli/target/juesuan.jar}"
log="$work/scale.log"
say() { echo "$*" | tee -a "$log"; }
# the CPU time of each thread of the java process under /usr/bin/time "$1", sampled every 0.2 s
# until it ends (a thread's last sample stays): lines "tid name ticks"; summed by name at the end
sample_threads() {
  local parent="$1" pid=""
  : > "$work/threads.txt"
  while [ -z "$pid" ] && kill -0 "$parent" 2> /dev/null; do pid="$(pgrep -P "$parent" java || true)"; sleep 0.05; done
  while [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; do
    for t in /proc/"$pid"/task/*; do
      # comm may hold spaces: the fields after the closing parenthesis are counted from there
      local stat; stat="$(cat "$t/stat" 2> /dev/null)" || continue
      local name="${stat#*(}"; name="${name%)*}"; local rest="${stat##*) }"
      set -- $rest
      echo "${t##*/} ${name// /_} $(( ${12} + ${13} ))"
    done > "$work/threads.now" 2> /dev/null
    cat "$work/threads.now" "$work/threads.txt" | sort -k1,1 -s -u > "$work/threads.tmp" 2> /dev/null && mv "$work/threads.tmp" "$work/threads.txt"
    sleep 0.2
  done
}
# runs a command with wall and CPU time, the load before and after and the CPU seconds by thread
# kind (main, workers, GC, JIT, other); "$1" is the label
timed() {
  local label="$1"; shift
  local before; before="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" &
  local tpid=$!
  sample_threads "$tpid" &
  local spid=$!
  wait "$tpid" || { wait "$spid"; say "$label FAILED"; tail -5 "$work/err.txt" | tee -a "$log"; return 1; }
  wait "$spid"
  local hz; hz="$(getconf CLK_TCK)"
  say "  threads (CPU s): $(awk -v hz="$hz" '{k=$2; if (k ~ /^juesuan-worker/) k="workers"; else if (k ~ /^GC|^G1/) k="GC";
      else if (k ~ /^C[12]_Compiler/) k="JIT"; else if (k == "java" || k == "main") k="main"; else k="other";
      s[k]+=$3} END {for (k in s) printf "%s %.2f  ", k, s[k]/hz}' "$work/threads.txt")"
  read -r wall user sys rss < "$work/time.txt"
  say "$(printf '%-34s wall %7.2f s  user %7.2f s  sys %6.2f s  cpu/wall %4.2f  maxrss %6d MB  load %s -> %s' \
    "$label" "$wall" "$user" "$sys" "$(echo "($user+$sys)/$wall" | bc -l)" "$((rss / 1024))" "$before" \
    "$(cut -d' ' -f1-3 /proc/loadavg)")"
}
# the 2,000 generated files (written once; 30 s on a loaded machine)
generated() {
  [ -d "$work/gen2000" ] || java -cp "$bench" io.github.juesuan.benchmarks.ScaleCorpus files "$work/gen2000" 2000
}
# "$2": "$1" hard-linked copies of the 2,000 generated files, one folder each (c01/, c02/, ...), so that
# every input has a path of its own (cheap to make: `cp -al`; every copy is read, validated and
# tabulated again, with its own source name). A folder left unfinished by an interrupted run is made
# again: the count of files is checked, not only the folder.
linked() {
  generated
  if [ "$(find "$work/$2" -type f 2> /dev/null | wc -l)" -ne "$(( $1 * 2000 ))" ]; then
    rm -rf "${work:?}/$2"
    mkdir -p "$work/$2"
    for c in $(seq -w 1 "$1"); do cp -al "$work/gen2000" "$work/$2/c$c"; done
  fi
}
{ echo "date: $(date -u +%FT%TZ)"; echo "commit: $(git rev-parse --short HEAD)"; java -version 2>&1 | head -2;
  lscpu | grep -E 'Model name|^CPU\(s\)'; } | tee -a "$log"

if [[ " $steps " == *" threads "* ]]; then
  generated
  if [ ! -d "$work/real600" ]; then
    mkdir -p "$work/real600"
    src=(spark/src/test/resources/reports/001_204597f849ed16ca.txt spark/src/test/resources/reports/002_2626e36b3619c519.txt
         spark/src/test/resources/reports/caizhengju-2024.layout.txt)
    for i in $(seq -w 0 599); do cp "${src[$((10#$i % 3))]}" "$work/real600/r$i.txt"; done
  fi
  for corpus in ${CORPORA:-gen2000 real600}; do
    for round in $(seq 1 "${ROUNDS:-2}"); do
      for t in 1 2; do
        rm -rf "$work/out"
        timed "$corpus --threads $t (round $round)" java -jar "$cli" export-facts --threads "$t" --out "$work/out" "$work/$corpus"
      done
    done
  done
fi

if [[ " $steps " == *" heap "* ]]; then
  linked "${HEAP_COPIES:-50}" heap-inputs
  rm -rf "$work/out"
  timed "heap-inputs --threads 2 -Xmx256m" java -Xmx256m -Xlog:gc:file="$work/gc.log" -jar "$cli" export-facts --threads 2 \
      --format parquet --out "$work/out" "$work/heap-inputs"
  say "$(cat "$work/out.txt")"
  # the heap before and after collections, 15 spread over the run (and the last)
  local_n="$(grep -cE 'Pause (Young|Full)' "$work/gc.log")"
  grep -E 'Pause (Young|Full)' "$work/gc.log" | awk -v n="$local_n" 'NR % int(n / 15 + 1) == 1 || NR == n' | sed -E 's/.*\[([0-9.]+s)\].*Pause ([A-Za-z]+).* ([0-9]+M)->([0-9]+M)\(([0-9]+M)\).*/\1 \2 \3->\4 (\5)/' | tee -a "$log"
  say "collections: $(grep -c 'Pause' "$work/gc.log"), full: $(grep -c 'Pause Full' "$work/gc.log" || true)"
fi

if [[ " $steps " == *" spark "* ]]; then
  linked "${SPARK_COPIES:-5}" spark-inputs
  # each module of the reactor writes its own file (relative to its folder): spark's is the one read;
  # the reactor resolves the juesuan jars only when they are packaged in the same run
  [ -s spark/target/provided.classpath ] || mvn -B -q -pl spark -am -DskipTests package dependency:build-classpath -Dmdep.includeScope=provided \
      -Dmdep.outputFile=target/provided.classpath > /dev/null
  opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
    --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
    --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
    -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
  for round in $(seq 1 "${ROUNDS:-2}"); do
    rm -rf "$work/out"
    timed "spark-inputs cli --threads 2 parquet (round $round)" java -jar "$cli" export-facts --threads 2 --format parquet \
        --out "$work/out" "$work/spark-inputs"
    rm -rf "$work/spark-out"
    # shellcheck disable=SC2086
    timed "spark-inputs spark local[2] (round $round)" java -Xmx2g $opens -Dspark.master='local[2]' -Dspark.ui.enabled=false \
        -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
        -cp "spark/target/juesuan-spark-0.1.0-SNAPSHOT-all.jar:$(cat spark/target/provided.classpath)" \
        io.github.juesuan.spark.JuesuanSparkJob "$work/spark-out" "$work/spark-inputs"
    say "  spark: $(grep rows "$work/out.txt" | tr '\n' ' ')"
  done
fi
say "log in $log"
