# shellcheck shell=bash
# Functions to show the designer on a private virtual display, sourced by build-packages.sh (CDS
# training), installer/src/test/deb-smoke.sh and installer/src/test/startup-bench.sh.

# start_xvfb DIR: starts Xvfb on a display it picks itself (no clash with other X servers; it
# reports the number through -displayfd), logging to DIR/xvfb.log. Sets xvfb_pid and
# xvfb_display (":N"); returns 1 if no display was reported within 10 s.
start_xvfb() {
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$1/display" > "$1/xvfb.log" 2>&1 &
  # shellcheck disable=SC2034  # read by the sourcing script
  xvfb_pid=$!
  for _ in $(seq 1 100); do
    [ -s "$1/display" ] && break
    sleep 0.1
  done
  [ -s "$1/display" ] || return 1
  # shellcheck disable=SC2034  # read by the sourcing script
  xvfb_display=":$(head -n 1 "$1/display")"
}

# wait_for_window PID SECONDS INTERVAL: polls every INTERVAL seconds until a visible window named
# macvtap-designer is on $DISPLAY. Returns 1 if process PID exits or SECONDS pass first.
wait_for_window() {
  local deadline=$((SECONDS + $2))
  until xdotool search --onlyvisible --name macvtap-designer > /dev/null 2>&1; do
    kill -0 "$1" 2> /dev/null || return 1
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep "$3"
  done
}
