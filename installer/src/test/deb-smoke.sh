#!/usr/bin/env bash
# CI smoke test of the Debian package, as root: build it, run lintian, install it with apt, run the
# command line, check that it maps the shipped class-data sharing archive and ignores a stale one,
# print how long `reach` takes, open the designer under Xvfb and wait for its window, purge it,
# and check that nothing it installed is left behind. Prints how long each step and the whole run
# took.
#
# Usage: installer/src/test/deb-smoke.sh [PACKAGE.deb]   (without an argument it builds the .deb)
# Environment: MVTD_EXAMPLES  directory of *.mvtd.yaml examples (default: the repository's own,
#              model/src/main/resources/org/mvtd/model/examples), MVTD_GUI_TIMEOUT  seconds to wait for the window (60).
# Needs: maven, lintian, xvfb, xdotool, xauth, x11-utils, binutils, dpkg-dev, rpm (optional).
set -euo pipefail

name=macvtap-designer
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d /tmp/mvtd-deb-smoke.XXXXXX)
started=$SECONDS
step_started=$SECONDS
app_pid=""
xvfb_pid=""

step() {
  echo "deb-smoke: [$((SECONDS - step_started))s] done; now: $*"
  step_started=$SECONDS
}

fail() {
  echo "deb-smoke: FAILED: $*" >&2
  exit 1
}

cleanup() {
  local status=$?
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2> /dev/null; then kill "$app_pid" 2> /dev/null || true; fi
  if [ -n "$xvfb_pid" ] && kill -0 "$xvfb_pid" 2> /dev/null; then kill "$xvfb_pid" 2> /dev/null || true; fi
  # Never leave the package on the machine, even when a check failed half-way.
  if dpkg-query -W -f='${Status}' "$name" 2> /dev/null | grep -q "installed"; then
    apt-get purge -y -qq "$name" > /dev/null 2>&1 || true
  fi
  rm -rf "$work"
  echo "deb-smoke: total $((SECONDS - started))s, exit $status"
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs and purges a package)"
# shellcheck source=../main/packaging/xvfb-lib.sh
source "$repo/installer/src/main/packaging/xvfb-lib.sh"

example="${MVTD_EXAMPLES:-$repo/model/src/main/resources/org/mvtd/model/examples}/bridge-mode.mvtd.yaml"
[ -f "$example" ] || fail "no example $example (set MVTD_EXAMPLES)"

# --- build --------------------------------------------------------------------------------------
if [ $# -ge 1 ]; then
  deb=$(readlink -f "$1")
  step "using $deb"
else
  step "building the .deb (mvn -Ppackage)"
  (cd "$repo" && mvn -B -q -DskipTests -Ppackage -pl installer -am package)
  deb=$(find "$repo/installer/target" -maxdepth 1 -name "${name}_*.deb" | head -n 1)
fi
[ -f "$deb" ] || fail "no .deb built in installer/target"

# --- lintian ------------------------------------------------------------------------------------
step "lintian"
lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1 | grep -v "running with root privileges" \
  | tee "$work/lintian.txt" || true
if grep -q '^E: ' "$work/lintian.txt"; then
  fail "lintian reports errors (above)"
fi

# --- install ------------------------------------------------------------------------------------
step "apt-get install"
if dpkg-query -W -f='${Status}' "$name" 2> /dev/null | grep -q "installed"; then
  fail "$name is already installed; purge it first"
fi
if ! apt-get install -y -qq "$deb" > "$work/apt.log" 2>&1; then
  apt-get update -qq  # stale package lists: refresh once, then retry
  apt-get install -y -qq "$deb" > "$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
fi
dpkg-query -L "$name" > "$work/files.txt"

helper=/usr/libexec/$name/$name-helper
for script in "$helper" "/usr/bin/$name"; do
  [ "$(stat -c '%U:%G %a' "$script")" = "root:root 755" ] \
    || fail "$script must be root:root 755, is $(stat -c '%U:%G %a' "$script")"
done
for f in /usr/bin/$name /opt/$name/bin/$name /usr/share/polkit-1/actions/org.mvtd.$name.policy \
    /usr/share/applications/$name.desktop /usr/share/mime/packages/$name.xml \
    /usr/share/bash-completion/completions/$name /usr/share/man/man1/$name.1.gz \
    /usr/share/icons/hicolor/scalable/apps/$name.svg; do
  [ -e "$f" ] || fail "not installed: $f"
done
for size in 16 24 32 48 64 128 256; do
  [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/$name.png" ] || fail "no ${size}px icon"
done
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "/usr/share/applications/$name.desktop" || fail "desktop entry invalid"
fi
if [ -d /usr/share/mime/application ] && command -v update-mime-database > /dev/null; then
  [ -f /usr/share/mime/application/x-$name.xml ] || fail "MIME type not registered by the trigger"
fi

# --- command line -------------------------------------------------------------------------------
step "$name --version"
version_out=$("$name" --version)
echo "$version_out"
case "$version_out" in
  *"$name"*) ;;
  *) fail "--version printed no '$name'" ;;
esac

step "$name reach $(basename "$example")"
"$name" reach "$example" > "$work/reach.txt" || fail "reach exited $? on $example"
cat "$work/reach.txt"
[ -s "$work/reach.txt" ] || fail "reach printed nothing"

step "class-data sharing: the launcher maps the shipped archive"
app_dir=/opt/$name/lib/app
for archive in "$app_dir/$name.jsa" "/opt/$name/lib/runtime/lib/server/classes.jsa"; do
  # Root's JVMs (the helper) map these: root-owned and writable by root alone.
  [ "$(stat -c '%U:%G %a' "$archive")" = "root:root 644" ] \
    || fail "$archive must be root:root 644, is $(stat -c '%U:%G %a' "$archive" 2>&1)"
done
# -Xshare:on makes a missing or mismatching archive fatal; the class-load log says where the
# application's own classes came from. Both the command on PATH and the app-image's launcher.
for command in "$name" "/opt/$name/bin/$name"; do
  rm -f "$work/classload.txt"
  JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/classload.txt" \
    "$command" reach "$example" > "$work/reach-cds.txt" 2> "$work/reach-cds.err" \
    || { cat "$work/reach-cds.err"; fail "$command reach with -Xshare:on: the CDS archive is not usable"; }
  grep -q "org.mvtd.app.Main source: shared objects file" "$work/classload.txt" \
    || fail "$command: the application's classes were not loaded from the CDS archive"
  cmp -s "$work/reach.txt" "$work/reach-cds.txt" || fail "$command reach printed another table"
  echo "deb-smoke: $command: $(grep -c "source: shared objects file" "$work/classload.txt") of" \
    "$(wc -l < "$work/classload.txt") classes came from the CDS archive"
done
"/opt/$name/lib/runtime/bin/java" -Xshare:on -version > /dev/null 2>&1 \
  || fail "the bundled runtime has no usable default CDS archive (the helper starts without one)"

step "class-data sharing: a mismatching archive is ignored silently"
# The archive records the jar's modification time: a touched jar must not make the launcher fail.
jar_mtime=$(stat -c %Y "$app_dir/$name.jar")
touch "$app_dir/$name.jar"
"$name" reach "$example" > "$work/reach-stale.txt" 2> "$work/reach-stale.err" \
  || { cat "$work/reach-stale.err"; fail "reach with a stale archive failed"; }
touch -d "@$jar_mtime" "$app_dir/$name.jar"
[ ! -s "$work/reach-stale.err" ] || { cat "$work/reach-stale.err"; fail "reach with a stale archive wrote to stderr"; }
cmp -s "$work/reach.txt" "$work/reach-stale.txt" || fail "reach with a stale archive printed another table"

step "installed reach timing"
# Printed, not asserted: a benchmark, not a test (installer/src/test/startup-bench.sh has more).
# time_reach LABEL COMMAND: the median wall and CPU (user + sys) time of 5 runs of COMMAND reach.
time_reach() {
  local runs=5 middle=3 times="$work/times-$1" TIMEFORMAT='%3R %3U %3S' wall cpu
  for _ in $(seq 1 "$runs"); do
    { time "$2" reach "$example" > /dev/null; } 2>> "$times"
  done
  wall=$(cut -d' ' -f1 "$times" | sort -g | sed -n "${middle}p")
  cpu=$(awk '{ printf "%.3f\n", $2 + $3 }' "$times" | sort -g | sed -n "${middle}p")
  echo "deb-smoke: $1 reach, median of $runs runs: ${wall}s wall, ${cpu}s CPU (user+sys)," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
time_reach "$name" "$name"
time_reach "app-image launcher" "/opt/$name/bin/$name"

step "helper: hello and bye as root"
# Started directly by root (CI), the helper answers hello for uid 0; see backend-linux/PROTOCOL.md.
printf '%s\n' '{"id":0,"command":"hello","version":1,"client":"deb-smoke"}' '{"id":1,"command":"bye"}' \
  | timeout 60 "$helper" > "$work/helper.out" 2> "$work/helper.err" \
  || { cat "$work/helper.out" "$work/helper.err"; fail "the helper exited with an error"; }
cat "$work/helper.out"
grep -q '"type":"reply".*"helper":"macvtap-designer-helper"' "$work/helper.out" \
  || { cat "$work/helper.err"; fail "the helper did not answer hello"; }

step "man page and completion"
if command -v man > /dev/null; then
  MANWIDTH=80 man "$name" 2> "$work/man.err" | grep -q "EXIT STATUS\|OPTIONS" || fail "man $name"
  [ ! -s "$work/man.err" ] || { cat "$work/man.err"; fail "man $name warned"; }
fi
# shellcheck disable=SC1090  # the installed completion script, generated by picocli
(source "/usr/share/bash-completion/completions/$name" && complete -p "$name" > /dev/null) \
  || fail "bash completion does not register a completion for $name"

# --- GUI ----------------------------------------------------------------------------------------
step "designer window under Xvfb"
start_xvfb "$work" || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
DISPLAY=$xvfb_display
export DISPLAY
"$name" > "$work/gui.log" 2>&1 &
app_pid=$!
timeout=${MVTD_GUI_TIMEOUT:-60}
if ! wait_for_window "$app_pid" "$timeout" 0.5; then
  cat "$work/gui.log"
  kill -0 "$app_pid" 2> /dev/null || fail "the designer exited before showing a window"
  fail "no visible window named '$name' within ${timeout}s"
fi
window=$(xdotool search --onlyvisible --name "$name" | head -n 1)
echo "deb-smoke: window $window: $(xdotool getwindowname "$window")"
kill "$app_pid"
wait "$app_pid" 2> /dev/null || true
app_pid=""
kill "$xvfb_pid"
wait "$xvfb_pid" 2> /dev/null || true
xvfb_pid=""
unset DISPLAY

# --- purge --------------------------------------------------------------------------------------
step "apt-get purge"
apt-get purge -y -qq "$name" > "$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "apt-get purge"; }
left=()
while IFS= read -r path; do
  # Directories such as /usr/share/icons are shared with other packages; files and links must go.
  if [ -L "$path" ] || { [ -e "$path" ] && [ ! -d "$path" ]; }; then
    left+=("$path")
  fi
done < "$work/files.txt"
for dir in /opt/$name /usr/libexec/$name /usr/share/doc/$name /var/lib/$name; do
  [ ! -e "$dir" ] || left+=("$dir")
done
mime_cache="/usr/share/mime/application/x-$name.xml"
[ ! -e "$mime_cache" ] || left+=("$mime_cache")
if [ "${#left[@]}" -gt 0 ]; then
  printf '  %s\n' "${left[@]}" >&2
  fail "purge left ${#left[@]} path(s) behind"
fi
step "finished: all checks passed"
