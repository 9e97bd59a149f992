#!/usr/bin/env bash
# Startup benchmark of the command line: runs `reach EXAMPLE` RUNS times in each variant and prints,
# per variant, the median and 90th percentile of wall time and of CPU time (user + sys), with the
# load average before and after. Variants (interleaved round by round, so a burst of load from
# elsewhere hits them all alike):
#   jar          java -jar app/target/macvtap-designer.jar   (the JDK's default CDS archive only)
#   jar-c1       the same with -XX:TieredStopAtLevel=1       (C1 only: less JIT work at start)
#   jar-appcds   the same with a dynamic AppCDS archive of the jar's classes, made here first
#                with -XX:ArchiveClassesAtExit on one `reach` run (what a developer could do)
#   jar-appcds-c1  both
#   installed    the installed command (COMMAND), which maps the CDS archive the package ships
#   installed-c1 the same with JAVA_TOOL_OPTIONS=-XX:TieredStopAtLevel=1
#   installed-noshare  the same with JAVA_TOOL_OPTIONS=-Xshare:off (no class-data sharing at all)
#   installed-launcher  the app-image's jpackage launcher (LAUNCHER): same JVM and archive, plus
#                the launcher's own work (it asks rpm and dpkg which package owns it)
# The installed variants run when COMMAND or LAUNCHER exist. Every variant must exit 0 and print
# the same table.
# With -g it measures the designer's start instead of `reach`: from the start of the process to
# its window being visible on a private Xvfb display (needs xvfb and xdotool), wall time and the
# CPU time the JVM has used by then; the app-CDS variants of the jar are left out (their archive
# holds the classes of `reach`, not of the designer).
#
# Usage: installer/src/test/startup-bench.sh [-g] [-n RUNS] [-j JAR] [-e EXAMPLE] [-c COMMAND] [-l LAUNCHER]
#   RUNS      measured runs per variant, after one unmeasured warm-up run (default 20)
#   JAR       the shaded jar (default app/target/macvtap-designer.jar; build it with
#             mvn -B -q -pl app -am package -DskipTests)
#   EXAMPLE   a design (default: the repository's bridge-mode example)
#   COMMAND   the installed command (default /usr/bin/macvtap-designer)
#   LAUNCHER  the app-image's launcher (default /opt/macvtap-designer/bin/macvtap-designer)
# Times come from bash's `time` (millisecond resolution); CPU time includes every JVM thread
# (JIT compilers, GC), which is what a loaded machine pays for.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../../.." && pwd)
runs=20
jar="$repo/app/target/macvtap-designer.jar"
example=""
command=/usr/bin/macvtap-designer
launcher=/opt/macvtap-designer/bin/macvtap-designer
gui=""

usage() {
  sed -n '/^# Usage:/,/^# Times/p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
while getopts "gn:j:e:c:l:h" opt; do
  case "$opt" in
    g) gui=yes ;;
    n) runs=$OPTARG ;;
    j) jar=$OPTARG ;;
    e) example=$OPTARG ;;
    c) command=$OPTARG ;;
    l) launcher=$OPTARG ;;
    *) usage ;;
  esac
done
case "$runs" in
  '' | *[!0-9]* | 0) echo "startup-bench: -n wants a positive number of runs, not '$runs'" >&2; exit 2 ;;
esac
[ -n "$example" ] || example=$repo/model/src/main/resources/org/mvtd/model/examples/bridge-mode.mvtd.yaml
[ -f "$jar" ] || { echo "startup-bench: no jar at $jar (build it, or pass -j)" >&2; exit 2; }
if [ -z "$example" ] || [ ! -f "$example" ]; then
  echo "startup-bench: no example design '$example' (pass -e)" >&2
  exit 2
fi

work=$(mktemp -d /tmp/mvtd-startup-bench.XXXXXX)
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# A dynamic archive is valid only with the same JDK and the same jar (path, size and mtime); it is
# made here from the jar as it is now, so it is always current.
archive="$work/app.jsa"
if [ -z "$gui" ]; then
  java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" reach "$example" > /dev/null 2> "$work/dump.log" \
    || { cat "$work/dump.log" >&2; echo "startup-bench: could not create the AppCDS archive" >&2; exit 1; }
fi

names=(jar jar-c1)
commands=("java -jar $jar" "java -XX:TieredStopAtLevel=1 -jar $jar")
if [ -z "$gui" ]; then
  names+=(jar-appcds jar-appcds-c1)
  commands+=(
    "java -XX:SharedArchiveFile=$archive -Xshare:on -jar $jar"
    "java -XX:SharedArchiveFile=$archive -Xshare:on -XX:TieredStopAtLevel=1 -jar $jar"
  )
fi
if [ -x "$command" ]; then
  names+=(installed installed-c1 installed-noshare)
  commands+=("$command" "env JAVA_TOOL_OPTIONS=-XX:TieredStopAtLevel=1 $command"
    "env JAVA_TOOL_OPTIONS=-Xshare:off $command")
else
  echo "startup-bench: no installed command at $command" >&2
fi
if [ -x "$launcher" ]; then
  names+=(installed-launcher)
  commands+=("$launcher")
fi

# run INDEX OUT: one run of variant INDEX; its output goes to OUT, its times are appended to
# $work/INDEX.times as "wall user sys" in seconds.
run() {
  local TIMEFORMAT='%3R %3U %3S'
  local -a cmd
  read -r -a cmd <<< "${commands[$1]}"
  if [ -n "$gui" ]; then
    run_gui "$1" "${cmd[@]}"
  else
    { time "${cmd[@]}" reach "$example" > "$2" 2> "$work/$1.err"; } 2>> "$work/$1.times"
  fi
}

# run_gui INDEX COMMAND...: starts the designer, waits up to 120 s for its window, appends
# "wall cpu 0" to $work/INDEX.times (the JVM's own CPU time when the window showed), stops it.
run_gui() {
  local index=$1 start pid ticks elapsed
  shift
  start=$(date +%s%N)
  HOME="$work/home" "$@" > /dev/null 2> "$work/$index.err" &
  pid=$!
  if ! wait_for_window "$pid" 120 0.02; then
    kill "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    return 1
  fi
  elapsed=$(($(date +%s%N) - start))
  # Fields 14 and 15 of /proc/PID/stat: user and system time of all the JVM's threads, in ticks.
  ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  kill "$pid"
  wait "$pid" 2> /dev/null || true
  awk -v ns="$elapsed" -v ticks="$ticks" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.3f %.3f 0\n", ns / 1e9, ticks / hz }' >> "$work/$index.times"
}

if [ -n "$gui" ]; then
  for tool in Xvfb xdotool; do
    command -v "$tool" > /dev/null || { echo "startup-bench: -g needs $tool (apt-get install xvfb xdotool)" >&2; exit 2; }
  done
  mkdir -p "$work/home"
  # shellcheck source=../main/packaging/xvfb-lib.sh
  source "$repo/installer/src/main/packaging/xvfb-lib.sh"
  start_xvfb "$work" || { cat "$work/xvfb.log" >&2; echo "startup-bench: Xvfb did not start" >&2; exit 1; }
  DISPLAY=$xvfb_display
  export DISPLAY
fi

# Warm-up (page cache, and a check that every variant works and prints the same table).
for i in "${!names[@]}"; do
  if ! run "$i" "$work/$i.out"; then
    cat "$work/$i.err" >&2
    echo "startup-bench: variant ${names[$i]} failed: ${commands[$i]}" >&2
    exit 1
  fi
  if [ -z "$gui" ] && ! cmp -s "$work/0.out" "$work/$i.out"; then
    diff "$work/0.out" "$work/$i.out" >&2 || true
    echo "startup-bench: variant ${names[$i]} printed a different table" >&2
    exit 1
  fi
  rm -f "$work/$i.times"
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq 1 "$runs"); do
  for i in "${!names[@]}"; do
    run "$i" /dev/null || { cat "$work/$i.err" >&2; echo "startup-bench: ${names[$i]} failed" >&2; exit 1; }
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# stats FILE wall|cpu: "median p90" (nearest rank) of the wall or the user + sys times in FILE.
stats() {
  awk -v what="$2" '{ print (what == "wall") ? $1 : $2 + $3 }' "$1" | sort -g | awk '
    { v[NR] = $1 }
    END {
      median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      p90 = int(0.9 * NR + 0.999999); if (p90 < 1) p90 = 1
      printf "%.3f %.3f", median, v[p90]
    }'
}

if [ -n "$gui" ]; then
  echo "startup-bench: designer start to visible window, $runs runs per variant, $(nproc) CPUs,"
else
  echo "startup-bench: reach $(basename "$example"), $runs runs per variant, $(nproc) CPUs,"
fi
echo "  $(java -version 2>&1 | head -n 1); load average before: $load_before, after: $load_after"
printf '%-18s %12s %12s %12s %12s\n' VARIANT WALL-MEDIAN WALL-P90 CPU-MEDIAN CPU-P90
for i in "${!names[@]}"; do
  read -r wall_median wall_p90 <<< "$(stats "$work/$i.times" wall)"
  read -r cpu_median cpu_p90 <<< "$(stats "$work/$i.times" cpu)"
  printf '%-18s %11ss %11ss %11ss %11ss\n' "${names[$i]}" "$wall_median" "$wall_p90" "$cpu_median" "$cpu_p90"
done
