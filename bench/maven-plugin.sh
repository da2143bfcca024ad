#!/usr/bin/env bash
# What the Maven plugin adds to a no-change build of examples/maven-project (issue 19, part 2):
# `mvn -o -q verify` (and `validate`) of the example as it is, and of a copy whose pom has no
# scalegen plugin, runs interleaved; medians of wall time and of CPU time (user + sys).
# The plugin comes from this checkout: the build installs it into maven-plugin/target/it-repo (the
# invoker's private repository), which a copy seeds from ~/.m2 through a file mirror (no network).
#   bench/maven-plugin.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
mvn -B -q -o -pl maven-plugin -am verify -DskipTests >/dev/null
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cp -r maven-plugin/target/it-repo "$W/repo"
printf '<settings><mirrors><mirror><id>m2</id><mirrorOf>*</mirrorOf><url>file://%s</url></mirror></mirrors></settings>\n' \
  "${HOME}/.m2/repository" > "$W/settings.xml"
cp -r examples/maven-project "$W/with"
cp -r examples/maven-project "$W/without"
python3 - "$W/without/pom.xml" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
a = s.index('      <plugin>\n        <groupId>dev.scalegen</groupId>')
b = s.index('      </plugin>', a) + len('      </plugin>\n')
open(p, 'w').write(s[:a] + s[b:])
PY
m() { mvn -B -q -s "$W/settings.xml" -Dmaven.repo.local="$W/repo" "$@"; }
# Seed the private repository (online against the file mirror only), and the first build's output.
for p in with without; do (cd "$W/$p" && m verify >/dev/null); done
for phase in verify validate; do
  for p in with without; do : > "$W/$p-$phase"; done
  for i in $(seq "$RUNS"); do
    for p in with without; do
      (cd "$W/$p" && /usr/bin/time -f '%e %U %S' -o "$W/t" mvn -o -B -q -s "$W/settings.xml" \
        -Dmaven.repo.local="$W/repo" "$phase" >/dev/null)
      awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$W/t" >> "$W/$p-$phase"
    done
  done
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
echo "examples/maven-project, no change, $RUNS runs interleaved, medians (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-22s %10s %10s %10s %10s\n' "mvn -o -q" "with wall" "without" "with CPU" "without"
for phase in verify validate; do
  printf '%-22s %9ss %9ss %9ss %9ss\n' "$phase" \
    "$(cut -d' ' -f1 "$W/with-$phase" | median)" "$(cut -d' ' -f1 "$W/without-$phase" | median)" \
    "$(cut -d' ' -f2 "$W/with-$phase" | median)" "$(cut -d' ' -f2 "$W/without-$phase" | median)"
done
