#!/usr/bin/env bash
# Builds the jpackage app-image, stages one file tree from it, and packs that tree as a .deb
# (dpkg-deb) and, where rpmbuild exists, as an .rpm. Run by the installer module's `package`
# profile (mvn -B -DskipTests -Ppackage package), which sets:
#   MVTD_VERSION  Maven version (0.1.0-SNAPSHOT)      MVTD_JAR     the shaded app jar
#   MVTD_ICONS    dir with svg/ and png/SIZE/ icons    MVTD_POLICY  the polkit policy
#   MVTD_DOCS     man page and bash completion         MVTD_SRC     this script's directory
#   MVTD_OUT      installer/target                    MVTD_EXAMPLE a design, to train the CDS archive
#   MVTD_FORMAT   docs/format.md                      MVTD_EXAMPLES the shipped example designs' directory
# Optional: MVTD_NO_APPCDS=1 builds without the application's CDS archive (section 2b).
# Why dpkg-deb rather than `jpackage --type deb`: jpackage's .deb can only add files through
# maintainer scripts that dpkg does not track (so purge would leave them) and fails lintian on
# copyright/changelog; a staged tree gives a package whose every file dpkg owns.
set -euo pipefail

name=macvtap-designer
started=$SECONDS
log() {
  echo "build-packages.sh: [$((SECONDS - started))s] $*"
}
# shellcheck source=xvfb-lib.sh
source "$MVTD_SRC/xvfb-lib.sh"
for var in MVTD_VERSION MVTD_JAR MVTD_ICONS MVTD_POLICY MVTD_DOCS MVTD_SRC MVTD_OUT MVTD_EXAMPLE MVTD_FORMAT \
    MVTD_EXAMPLES; do
  if [ -z "${!var:-}" ]; then
    log "$var is not set (run through: mvn -Ppackage package)" >&2
    exit 2
  fi
done
maintainer=${MVTD_MAINTAINER:-"macvtap-designer maintainers <maintainers@mvtd.org>"}

require_file() {
  if [ ! -f "$1" ]; then
    log "missing $2: $1" >&2
    exit 1
  fi
}
require_file "$MVTD_JAR" "application jar (build the app module first)"
require_file "$MVTD_POLICY" "polkit policy (backend-linux/src/main/dist)"
require_file "$MVTD_ICONS/svg/app.svg" "application icon (build the icons module first)"
require_file "$MVTD_DOCS/$name.1" "man page (DocsMain)"
require_file "$MVTD_DOCS/$name.bash" "bash completion (DocsMain)"
require_file "$MVTD_EXAMPLE" "example design (trains the CDS archive)"
require_file "$MVTD_FORMAT" "format specification (docs/format.md)"

app_version=${MVTD_VERSION%%-*}   # jpackage accepts digits and dots only: 0.1.0
pkg_version=${MVTD_VERSION/-/\~}  # 0.1.0~SNAPSHOT sorts before the 0.1.0 release
arch=$(dpkg --print-architecture 2>/dev/null || uname -m)

# --- 1. app-image -----------------------------------------------------------------------------
# jdeps finds what the jar uses today; the fixed list covers what is reached only reflectively
# (java.logging for ControlsFX and slf4j-jdk14, java.desktop for JavaFX-Swing and JSVG,
# jdk.unsupported for JavaFX's use of sun.misc.Unsafe).
log "jdeps"
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$MVTD_JAR")
modules=$(printf '%s\n' "${modules//,/$'\n'}" java.desktop java.logging java.xml jdk.unsupported \
  | sort -u | paste -sd, -)
log "runtime modules: $modules"

input="$MVTD_OUT/jpackage-input"
image_root="$MVTD_OUT/app-image"
rm -rf "$input" "$image_root"
mkdir -p "$input"
cp "$MVTD_JAR" "$input/$name.jar"
log "jpackage app-image"
# The default jlink options would strip bin/java, which the helper launcher needs.
# --generate-cds-archive: the runtime gets its own default CDS archive (lib/server/classes.jsa),
# which every JVM of this runtime uses, the root helper included (a jlinked runtime has none
# otherwise, and starts without any class-data sharing). The launcher maps instead the
# application's archive made in section 2b; the JVM ignores that archive silently (-Xshare:auto,
# the default) when it is missing or does not match the runtime and the jar.
# shellcheck disable=SC2016  # $APPDIR is expanded by the launcher, not by this shell
jpackage --type app-image --name "$name" --app-version "$app_version" \
  --description "Designer for macvtap and macvlan networks" --vendor "macvtap-designer" \
  --input "$input" --main-jar "$name.jar" --main-class org.mvtd.app.Main \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/'"$name.jsa" \
  --icon "$MVTD_ICONS/png/256/app.png" \
  --dest "$image_root"
image="$image_root/$name"

# --- 2. staged tree ---------------------------------------------------------------------------
stage="$MVTD_OUT/stage"
rm -rf "$stage"
mkdir -p "$stage/opt" "$stage/usr/bin"
cp -a "$image" "$stage/opt/$name"
# jlink's CDS archive for JVMs without compressed oops (heaps over 32 GB) is 11 MB nobody maps:
# neither launcher asks for such a heap, and a JVM without an archive still starts, only slower.
rm -f "$stage/opt/$name/lib/runtime/lib/server/classes_nocoops.jsa"
src=$MVTD_SRC
# The command on PATH starts the runtime directly; see the script for why not the launcher.
install -m 0755 "$src/$name-command" "$stage/usr/bin/$name"
install -D -m 0755 "$src/$name-helper" "$stage/usr/libexec/$name/$name-helper"
install -D -m 0644 "$MVTD_POLICY" "$stage/usr/share/polkit-1/actions/org.mvtd.$name.policy"
install -D -m 0644 "$src/$name.desktop" "$stage/usr/share/applications/$name.desktop"
install -D -m 0644 "$src/$name-mime.xml" "$stage/usr/share/mime/packages/$name.xml"
metainfo=io.github.mvtd.macvtap_designer.metainfo.xml
install -D -m 0644 "$src/$metainfo" "$stage/usr/share/metainfo/$metainfo"
for size_dir in "$MVTD_ICONS"/png/*/; do
  size=$(basename "$size_dir")
  install -D -m 0644 "$size_dir/app.png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$name.png"
  install -D -m 0644 "$size_dir/document.png" \
    "$stage/usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-$name.png"
done
install -D -m 0644 "$MVTD_ICONS/svg/app.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$name.svg"
install -D -m 0644 "$MVTD_ICONS/svg/document.svg" \
  "$stage/usr/share/icons/hicolor/scalable/mimetypes/application-x-$name.svg"
install -D -m 0644 "$MVTD_DOCS/$name.bash" "$stage/usr/share/bash-completion/completions/$name"
install -d "$stage/usr/share/man/man1"
gzip -9n < "$MVTD_DOCS/$name.1" > "$stage/usr/share/man/man1/$name.1.gz"
doc="$stage/usr/share/doc/$name"
install -d "$doc"
sed -e "s|@YEAR@|$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y)|" "$src/deb/copyright" > "$doc/copyright"
changelog_date=$(date -u -R -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")
sed -e "s|@VERSION@|$pkg_version|" -e "s|@MAINTAINER@|$maintainer|" -e "s|@DATE@|$changelog_date|" \
  "$src/deb/changelog" \
  | gzip -9n > "$doc/changelog.gz"
# The format the designer reads and writes, and the examples it describes (README points here).
install -m 0644 "$MVTD_FORMAT" "$doc/format.md"
install -d "$doc/examples"
install -m 0644 "$MVTD_EXAMPLES"/*.mvtd.yaml "$doc/examples/"
install -D -m 0644 "$src/deb/lintian-overrides" "$stage/usr/share/lintian/overrides/$name"
# Strip ELF files as dh_strip does (the JDK ships its libraries with symbols).
mapfile -t elves < <(find "$stage/opt" -type f -exec sh -c \
  'for f; do head -c4 "$f" | grep -q ELF && echo "$f"; done' sh {} +)
for elf in "${elves[@]}"; do
  case "$elf" in
    *.so) strip --remove-section=.comment --remove-section=.note --strip-unneeded "$elf" ;;
    *) strip --remove-section=.comment --remove-section=.note "$elf" ;;
  esac
done
# Root owns everything (dpkg-deb --root-owner-group); nothing is group- or world-writable;
# shared libraries are not executable.
find "$stage" -type d -exec chmod 0755 {} +
find "$stage" -type f -perm -u+x -exec chmod 0755 {} +
find "$stage" -type f ! -perm -u+x -exec chmod 0644 {} +
find "$stage" -type f -name '*.so' -exec chmod 0644 {} +

# --- 2b. application CDS archive --------------------------------------------------------------
# A static AppCDS archive of the JDK and application classes that representative commands load,
# made by the bundled runtime itself from the final jar, so that it matches both: the JVM checks
# the runtime's version, the jar's path, size and modification time, and ignores a mismatching
# archive. Made last, after stripping and permission changes, from the staged files as shipped.
if [ "${MVTD_NO_APPCDS:-}" = 1 ]; then
  log "MVTD_NO_APPCDS=1: no application CDS archive (the launcher starts without it)"
else
  app_dir="$stage/opt/$name/lib/app"
  cds_work="$MVTD_OUT/appcds"
  rm -rf "$cds_work"
  mkdir -p "$cds_work"
  # dpkg-deb and rpmbuild clamp modification times to SOURCE_DATE_EPOCH when it is set: give the
  # jar its packaged mtime now, or the archive would not match the installed jar.
  if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
    touch -d "@$SOURCE_DATE_EPOCH" "$app_dir/$name.jar"
  fi
  launcher="$stage/opt/$name/bin/$name"
  # Training runs get their own home: JavaFX caches its native libraries there.
  train_home="$cds_work/home"
  mkdir -p "$train_home"
  # Class lists from the launcher as users start it (its options, its main class, headless).
  trainings=("reach $MVTD_EXAMPLE" "reach --json $MVTD_EXAMPLE" "validate $MVTD_EXAMPLE" "--help" "--version")
  for i in "${!trainings[@]}"; do
    read -r -a args <<< "${trainings[$i]}"
    if ! HOME="$train_home" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$cds_work/run-$i.classlist" \
        "$launcher" "${args[@]}" > "$cds_work/$i.out" 2> "$cds_work/$i.err"; then
      cat "$cds_work/$i.err" >&2
      log "training run failed: $name ${trainings[$i]}"
      exit 1
    fi
  done
  # The helper's start, as its launcher runs it (root only: the helper refuses anyone else): hello,
  # list and bye, with a scratch journal and tap directory, so the archive holds its classes too.
  # Not fatal: a package whose archive lacks them still works, the helper only starts slower.
  if [ "$(id -u)" -eq 0 ]; then
    mkdir -m 0700 "$cds_work/helper-journal" "$cds_work/helper-taps"
    if ! printf '%s\n' '{"id":1,"command":"hello","version":1,"client":"cds-training"}' \
        '{"id":2,"command":"list"}' '{"id":3,"command":"bye"}' |
        /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        "$stage/opt/$name/lib/runtime/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
        -Djnr.ffi.asm.enabled=false -Djava.awt.headless=true \
        -XX:DumpLoadedClassList="$cds_work/run-helper.classlist" \
        -Dmvtd.helper.journal="$cds_work/helper-journal" -Dmvtd.helper.tapDir="$cds_work/helper-taps" \
        -cp "$app_dir/$name.jar" org.mvtd.backend.helper.HelperMain \
        > "$cds_work/helper.out" 2> "$cds_work/helper.err"; then
      cat "$cds_work/helper.err" >&2
      log "WARNING: the helper's training run failed: the archive may not cover all of the helper's start" >&2
    fi
  else
    log "not root: the archive covers the designer and the command line, not the helper's start"
  fi
  # The designer's start, where a virtual display can be had: it runs until its window shows and
  # is drawn, then is stopped as a desktop session would stop it (SIGTERM runs the JVM's orderly exit,
  # which writes the class list).
  if command -v Xvfb > /dev/null && command -v xdotool > /dev/null; then
    log "training the designer's start under Xvfb"
    shown=""
    if start_xvfb "$cds_work"; then
      DISPLAY=$xvfb_display HOME="$train_home" \
        JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$cds_work/run-gui.classlist" \
        "$launcher" > "$cds_work/gui.out" 2> "$cds_work/gui.err" &
      gui_pid=$!
      if DISPLAY=$xvfb_display wait_for_window "$gui_pid" 120 0.5; then
        shown=yes
        sleep 2  # the first frames of the welcome design: their classes load after the map
      fi
    fi
    if [ -n "${gui_pid:-}" ]; then
      kill "$gui_pid" 2> /dev/null || true
      wait "$gui_pid" 2> /dev/null || true
    fi
    kill "$xvfb_pid" 2> /dev/null || true
    wait "$xvfb_pid" 2> /dev/null || true
    if [ -z "$shown" ]; then
      # A package without the designer's classes in the archive still works; say so loudly.
      cat "$cds_work/xvfb.log" "$cds_work/gui.err" >&2 2> /dev/null || true
      log "WARNING: the designer's window did not appear within 120 s: the archive covers the" \
        "command line only" >&2
      rm -f "$cds_work/run-gui.classlist"
    fi
  else
    log "no Xvfb and xdotool: the archive covers the command line only, not the designer's start"
  fi
  # One list, each line once, in first-seen order (the order the classes were loaded in).
  cat "$cds_work"/run-*.classlist | awk '!seen[$0]++' > "$cds_work/merged.list"
  log "application CDS archive from $(grep -vc '^@' "$cds_work/merged.list") classes"
  # The archive records the jar's absolute path, and JDK 17 accepts it only at that same path:
  # dump in a private mount namespace where the staged tree is at /opt/$name, as installed.
  # Root needs only the mount namespace; another user maps itself to root in a user namespace.
  installed="/opt/$name"
  unshare_args=(--mount --propagation private)
  [ "$(id -u)" -eq 0 ] || unshare_args+=(--map-root-user)
  [ -d /opt ] || { log "/opt does not exist: cannot mount the staged tree there" >&2; exit 1; }
  # shellcheck disable=SC2016  # the inner shell expands $1 and $@
  if ! unshare "${unshare_args[@]}" sh -c \
      'mount -t tmpfs -o mode=0755 mvtd-appcds /opt && mkdir "/opt/$2" && mount --bind "$1" "/opt/$2" \
       && shift 2 && exec "$@"' sh "$stage/opt/$name" "$name" \
      "$installed/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$cds_work/merged.list" \
      -XX:SharedArchiveFile="$installed/lib/app/$name.jsa" -cp "$installed/lib/app/$name.jar" \
      > "$cds_work/dump.log" 2>&1; then
    cat "$cds_work/dump.log" >&2
    log "could not make the application CDS archive (above); it needs unshare(1) with mount" \
      "namespaces (root, or unprivileged user namespaces); MVTD_NO_APPCDS=1 builds without it" >&2
    exit 1
  fi
  chmod 0644 "$app_dir/$name.jsa"
  log "application CDS archive: $(du -h "$app_dir/$name.jsa" | cut -f1)"
fi

# --- 3. .deb ----------------------------------------------------------------------------------
log ".deb"
# dpkg-shlibdeps needs a debian/control to run in; the runtime's own libraries satisfy each other.
shlib_work="$MVTD_OUT/shlibdeps"
rm -rf "$shlib_work"
mkdir -p "$shlib_work/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" > "$shlib_work/debian/control"
runtime_lib="$stage/opt/$name/lib/runtime/lib"
# Its warnings (the JDK's libraries link more than they use) are kept, and shown only on failure.
if ! (cd "$shlib_work" && dpkg-shlibdeps -O --ignore-missing-info \
    -l"$runtime_lib" -l"$runtime_lib/server" -l"$stage/opt/$name/lib" "${elves[@]}") \
    > "$shlib_work/out" 2> "$shlib_work/err"; then
  cat "$shlib_work/err" >&2
  log "dpkg-shlibdeps failed"
  exit 1
fi
shlibs=$(sed -n 's/^shlibs:Depends=//p' "$shlib_work/out")
if [ -z "$shlibs" ]; then
  log "dpkg-shlibdeps found no shared-library dependencies; the runtime needs at least libc6" >&2
  exit 1
fi
# pkexec was split out of policykit-1 (Debian 12); either provides it. ('|' is why sed below uses '#'.)
depends="$shlibs, libgtk-3-0, iproute2, pkexec | policykit-1"
mkdir -p "$stage/DEBIAN"
size_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s|@VERSION@|$pkg_version|" -e "s|@ARCH@|$arch|" -e "s|@MAINTAINER@|$maintainer|" \
  -e "s|@SIZE@|$size_kb|" -e "s#@DEPENDS@#$depends#" "$src/deb/control.in" > "$stage/DEBIAN/control"
chmod 0644 "$stage/DEBIAN/control"
install -m 0755 "$src/deb/postrm" "$stage/DEBIAN/postrm"
# md5sums as dh_md5sums writes them (dpkg --verify and debsums check installed files against it);
# made last, after every file of the tree is final.
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
  | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/md5sums"
deb="$MVTD_OUT/${name}_${pkg_version}_${arch}.deb"
rm -f "$MVTD_OUT"/*.deb
# gzip: readable by every dpkg and apt tool; xz saves 7 % here but takes ten times as long.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$stage" "$deb"
log "built $deb"

# --- 4. .rpm (optional) -----------------------------------------------------------------------
if ! command -v rpmbuild > /dev/null; then
  log "rpmbuild not found, skipping the .rpm (install rpm to build one)"
  exit 0
fi
log ".rpm"
rpm_top="$MVTD_OUT/rpmbuild"
rm -rf "$rpm_top"
mkdir -p "$rpm_top/SPECS"
rpm_arch=$(uname -m)
sed -e "s|@RPM_VERSION@|$pkg_version|" -e "s|@RPM_ARCH@|$rpm_arch|" -e "s|@STAGE@|$stage|" \
  "$src/rpm/$name.spec.in" > "$rpm_top/SPECS/$name.spec"
rpmbuild --quiet --define "_topdir $rpm_top" -bb "$rpm_top/SPECS/$name.spec"
rm -f "$MVTD_OUT"/*.rpm
find "$rpm_top/RPMS" -name '*.rpm' -exec cp {} "$MVTD_OUT/" \;
log "built $(ls "$MVTD_OUT"/*.rpm)"
