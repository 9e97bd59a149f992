#!/usr/bin/env bash
# End-to-end time of `apply` as a user feels it: `java -jar JAR apply EXAMPLE --host H --yes` as root (the CLI
# starts the helper inside the jar), in a network namespace made here whose eth0 is a veth standing in for the
# NIC. Each measured apply creates the example's links from nothing; an unmeasured teardown follows. Several
# jars (-j, repeated: e.g. a build before a change and after it) run interleaved round by round, so load from
# elsewhere hits them alike. Prints each jar's runs, median and best, with the load average. Needs root.
#
# Usage: installer/src/test/apply-bench.sh [-n RUNS] [-j JAR]... [-e EXAMPLE] [-H HOST] [-- JAVA_OPTIONS...]
#   RUNS     measured applies per jar (default 10), after one unmeasured warm-up apply + teardown each
#   JAR      a shaded jar (default app/target/macvtap-designer.jar)
#   EXAMPLE  a design whose host has one device eth0 (default: the bridge-mode example, host kvmhost)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../../.." && pwd)
runs=10
jars=()
example="$repo/model/src/main/resources/org/mvtd/model/examples/bridge-mode.mvtd.yaml"
host=kvmhost
while getopts "n:j:e:H:h" opt; do
  case "$opt" in
    n) runs=$OPTARG ;;
    j) jars+=("$OPTARG") ;;
    e) example=$OPTARG ;;
    H) host=$OPTARG ;;
    *) sed -n '/^# Usage:/,/^#   EXAMPLE/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ "$(id -u)" = 0 ] || { echo "apply-bench: needs root (it makes a network namespace)" >&2; exit 2; }
[ ${#jars[@]} -gt 0 ] || jars=("$repo/app/target/macvtap-designer.jar")
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || { echo "apply-bench: no $jar (mvn -B -q -pl app -am package -DskipTests)" >&2; exit 2; }
done

ns="mvtd-apply-$RANDOM$RANDOM"
journal=$(mktemp -d /tmp/mvtd-apply-journal.XXXXXX)
taps="/dev/$ns"
cleanup() {
  ip netns del "$ns" 2> /dev/null || true
  rm -rf "$journal" "$journal.time" "$taps"
}
trap cleanup EXIT
ip netns add "$ns"
ip -n "$ns" link add eth0 type veth peer name peer0
ip -n "$ns" link set eth0 up
ip -n "$ns" link set peer0 up

java_options=("$@")
mvtd() {
  ip netns exec "$ns" java -Dmvtd.helper.vethIsEthernet=true -Dmvtd.helper.journal="$journal" \
    -Dmvtd.helper.tapDir="$taps" ${java_options[@]+"${java_options[@]}"} -jar "$jar" "$@"
}
run_apply() {
  mvtd apply "$example" --host "$host" --yes > /dev/null
}
# wall and CPU (user + sys of the CLI and the helper it started and waited for) of one apply, in ms
timed_apply() {
  /usr/bin/time -f "%e %U %S" -o "$journal.time" ip netns exec "$ns" java -Dmvtd.helper.vethIsEthernet=true \
    -Dmvtd.helper.journal="$journal" -Dmvtd.helper.tapDir="$taps" ${java_options[@]+"${java_options[@]}"} \
    -jar "$jar" apply "$example" --host "$host" --yes > /dev/null
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$journal.time"
}
run_teardown() {
  mvtd teardown "$example" --host "$host" --yes > /dev/null
}

echo "apply-bench: $runs applies of $(basename "$example") per jar; JVM options: ${java_options[*]:-none}; load $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A times cpus
for jar in "${jars[@]}"; do
  run_apply
  run_teardown
done
for _ in $(seq "$runs"); do
  for jar in "${jars[@]}"; do
    read -r wall cpu < <(timed_apply)
    times[$jar]+="$wall "
    cpus[$jar]+="$cpu "
    run_teardown
  done
done
for jar in "${jars[@]}"; do
  sorted=$(printf '%s\n' ${times[$jar]} | sort -n)
  echo "apply-bench: $jar: runs (ms): ${times[$jar]}"
  cpu_sorted=$(printf '%s\n' ${cpus[$jar]} | sort -n)
  echo "apply-bench: $jar: wall median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms, best $(echo "$sorted" | head -1) ms;" \
    "CPU median $(echo "$cpu_sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms, best $(echo "$cpu_sorted" | head -1) ms"
done
echo "apply-bench: load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
