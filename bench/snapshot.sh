#!/usr/bin/env bash
# Keeps the CLI as built now, to compare with a later build: copies the launcher and the jar of
# cli/target to target/snapshots/NAME and dumps its class-data-sharing archives there from the
# build's training class lists (an archive is tied to the jar's path, so a plain copy would run
# without one). Build first (mvn -B -q -o package -DskipTests). CHECKOUT takes the build of another
# checkout (a git worktree of an older commit, say) instead of this one's.
#   bench/snapshot.sh NAME [CHECKOUT]
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: bench/snapshot.sh NAME [CHECKOUT]}
from=$(cd "${2:-.}" && pwd)/cli/target
to=$PWD/target/snapshots/$name
rm -rf "$to"
mkdir -p "$to"
cp "$from/scalegen" "$from/scalegen.jar" "$to/"
for archive in scalegen scalegen-spec; do
  list=$from/cds-training/$archive.classlist
  if [ -f "$list" ]; then
    (cd "$to" && java -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$to/$archive.jsa" \
      -XX:+UseSerialGC -cp "$to/scalegen.jar" >/dev/null)
  fi
done
echo "$to: $(ls "$to" | tr '\n' ' ')"
