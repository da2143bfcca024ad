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

# CDPATH= : with CDPATH set, cd may go elsewhere and prints the folder; -P: physical paths, so that
# a link to the install is the install.
src=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd -P)
if [ ! -f "$src/lib/scalegen.jar" ] || [ ! -f "$src/bin/scalegen" ]; then
  echo "install.sh: run me from the unpacked release archive (no lib/scalegen.jar next to me in $src)" >&2
  exit 3
fi
mkdir -p "$prefix/lib" "$prefix/bin"
prefix=$(CDPATH= cd -- "$prefix" && pwd -P)
home=$prefix/lib/scalegen
here=
if [ -d "$home" ]; then here=$(CDPATH= cd -- "$home" && pwd -P); fi
if [ "$src" != "$here" ]; then
  # Copied next to the install and then swapped in, so that a failed copy leaves the earlier
  # install as it was; from lib only the jar and the class lists: an archive (or the .failed
  # marker) made in the unpacked folder belongs to whatever JVM ran there.
  new=$home.new.$$
  rm -rf "$new"
  mkdir -p "$new/lib"
  if ! cp -R "$src/bin" "$src/schemas" "$src/LICENSE" "$src/README.md" "$src/install.sh" "$new/" \
      || ! cp "$src/lib/scalegen.jar" "$src"/lib/*.classlist "$new/lib/"; then
    rm -rf "$new"
    echo "install.sh: could not copy $src to $new; $home is as it was" >&2
    exit 1
  fi
  if [ -e "$home" ] || [ -h "$home" ]; then
    old=$home.old.$$
    mv "$home" "$old"
    if ! mv "$new" "$home"; then
      mv "$old" "$home"
      rm -rf "$new"
      echo "install.sh: could not move $new to $home; $home is as it was" >&2
      exit 1
    fi
    rm -rf "$old"
  else
    mv "$new" "$home"
  fi
fi
# Run again (after fixing JAVA_HOME, or with another JDK), install.sh makes the archives anew.
rm -f "$home"/lib/*.jsa*
ln -sf "$home/bin/scalegen" "$prefix/bin/scalegen"

if version=$("$prefix/bin/scalegen" --version 2> /dev/null) && "$prefix/bin/scalegen" --help > /dev/null 2>&1; then
  echo "installed $version in $home, linked from $prefix/bin/scalegen"
else
  echo "installed scalegen in $home, linked from $prefix/bin/scalegen; but it did not run: it needs Java 17 or later (set JAVA_HOME or put java on PATH, then run install.sh again)" >&2
fi
case :${PATH:-}: in
  *:"$prefix/bin":*) ;;
  *) echo "add $prefix/bin to PATH, e.g. in ~/.profile: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
