#!/bin/sh
# Re-takes docs/screenshots/*.png: the main window with every panel open, the reach matrix and a lesson, at
# 1600x1000 and 1024x700, light and dark. Needs xvfb-run and ImageMagick's import. Run from anywhere.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
out="$repo/docs/screenshots"
cd "$repo"
mvn -B -o -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="$repo/app/target/test-classes:$repo/app/target/classes:$(cat app/target/classpath.txt)"
for size in ${SIZES:-1600x1000 1024x700}; do
    w=${size%x*}
    h=${size#*x}
    for theme in ${THEMES:-light dark}; do
        xvfb-run -a -s "-screen 0 ${size}x24" java -Dprism.order=sw -cp "$cp" \
            'org.mvtd.app.ui.Screenshots$Main' "$out" "$w" "$h" "$theme"
    done
done
ls -l "$out"/*.png
