#!/usr/bin/env bash
# End-to-end time of `apply` as a user feels it: `java -jar JAR apply EXAMPLE --host H --yes` as root (the CLI
# starts the helper inside the jar), in a network namespace made here whose eth0 is a veth standing in for the
# NIC. Each measured apply creates the example's links from nothing; an unmeasured teardown follows. Prints
# every run's wall time, then the median and best, with the load average before and after. Needs root.
#
# Usage: installer/src/test/apply-bench.sh [-n RUNS] [-j JAR] [-e EXAMPLE] [-H HOST] [-- JAVA_OPTIONS...]
#   RUNS     measured applies (default 10), after one unmeasured warm-up apply + teardown
#   JAR      the shaded jar (default app/target/macvtap-designer.jar)
#   EXAMPLE  a design whose host has one device eth0 (default: the bridge-mode example, host kvmhost)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../../.." && pwd)
runs=10
jar="$repo/app/target/macvtap-designer.jar"
example="$repo/model/src/main/resources/org/mvtd/model/examples/bridge-mode.mvtd.yaml"
host=kvmhost
while getopts "n:j:e:H:h" opt; do
  case "$opt" in
    n) runs=$OPTARG ;;
    j) jar=$OPTARG ;;
    e) example=$OPTARG ;;
    H) host=$OPTARG ;;
    *) sed -n '/^# Usage:/,/^#   EXAMPLE/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ "$(id -u)" = 0 ] || { echo "apply-bench: needs root (it makes a network namespace)" >&2; exit 2; }
[ -f "$jar" ] || { echo "apply-bench: no $jar (mvn -B -q -pl app -am package -DskipTests)" >&2; exit 2; }

ns="mvtd-apply-$RANDOM$RANDOM"
journal=$(mktemp -d /tmp/mvtd-apply-journal.XXXXXX)
taps="/dev/$ns"
cleanup() {
  ip netns del "$ns" 2> /dev/null || true
  rm -rf "$journal" "$taps"
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
run_teardown() {
  mvtd teardown "$example" --host "$host" --yes > /dev/null
}

echo "apply-bench: $runs applies of $(basename "$example"); JVM options: ${*:-none}; load $(cut -d' ' -f1-3 /proc/loadavg)"
run_apply
run_teardown
times=()
for _ in $(seq "$runs"); do
  t0=$(date +%s%N)
  run_apply
  t1=$(date +%s%N)
  times+=($(( (t1 - t0) / 1000000 )))
  run_teardown
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "apply-bench: runs (ms): ${times[*]}"
echo "apply-bench: median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms, best $(echo "$sorted" | head -1) ms;" \
  "load $(cut -d' ' -f1-3 /proc/loadavg)"
