#!/bin/sh
# Installs scalegen from this unpacked release archive: copies it to PREFIX/lib/scalegen (replacing
# an earlier install there) and links PREFIX/bin/scalegen to its launcher. Then runs the launcher
# once for each of its two class-data-sharing archives, so that it makes them now, with the JVM it
# finds (JAVA, JAVA_HOME or java on PATH), rather than on the first real run. POSIX sh.
#   ./install.sh [--prefix PREFIX]      PREFIX defaults to $HOME/.local
set -eu

usage() {
  echo "usage: install.sh [--prefix PREFIX]   (default PREFIX: \$HOME/.local; installs PREFIX/lib/scalegen and links PREFIX/bin/scalegen)"
}

prefix=
while [ $# -gt 0 ]; do
  case $1 in
    --prefix)
      if [ $# -lt 2 ]; then usage >&2; exit 2; fi
      prefix=$2
      shift 2
      ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
if [ -z "$prefix" ]; then
  if [ -z "${HOME:-}" ]; then echo "install.sh: HOME is not set; give --prefix" >&2; exit 2; fi
  prefix=$HOME/.local
fi

src=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$src/lib/scalegen.jar" ] || [ ! -f "$src/bin/scalegen" ]; then
  echo "install.sh: run me from the unpacked release archive (no lib/scalegen.jar next to me in $src)" >&2
  exit 3
fi
mkdir -p "$prefix/lib" "$prefix/bin"
prefix=$(cd "$prefix" && pwd)
home=$prefix/lib/scalegen
if [ "$src" != "$home" ]; then
  rm -rf "$home"
  mkdir -p "$home"
  cp -R "$src/bin" "$src/lib" "$src/schemas" "$src/LICENSE" "$src/README.md" "$src/install.sh" "$home/"
fi
ln -sf "$home/bin/scalegen" "$prefix/bin/scalegen"

if version=$("$prefix/bin/scalegen" --version 2> /dev/null) && "$prefix/bin/scalegen" --help > /dev/null 2>&1; then
  echo "installed $version in $home, linked from $prefix/bin/scalegen"
else
  echo "installed scalegen in $home, linked from $prefix/bin/scalegen; but it did not run: it needs Java 17 or later (set JAVA_HOME or put java on PATH)" >&2
fi
case :${PATH:-}: in
  *:"$prefix/bin":*) ;;
  *) echo "add $prefix/bin to PATH, e.g. in ~/.profile: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
