#!/usr/bin/env bash
# Step "Install scalegen" of the action (action.yml): installs scalegen into SCALEGEN_HOME with the
# release archive's own install.sh, unless an install is already there (restored by actions/cache),
# checks that it runs and is the version asked for, and puts it on PATH for later steps.
#   SCALEGEN_VERSION   the release, e.g. 0.1.0 (may be empty when SCALEGEN_ARCHIVE is given)
#   SCALEGEN_ARCHIVE   a local scalegen-VERSION.tar.gz (or a glob naming one) to install instead
#   SCALEGEN_HOME      the install prefix (the cached folder)
#   SCALEGEN_RELEASES  where releases are downloaded from (default: the repository's GitHub releases)
set -euo pipefail

version=${SCALEGEN_VERSION:-}
archive=${SCALEGEN_ARCHIVE:-}
releases=${SCALEGEN_RELEASES:-https://github.com/scalegen-dev/scalegen/releases/download}
if [[ -z $version && -z $archive ]]; then
  echo "::error title=scalegen::give the action a version (e.g. version: 0.1.0) or an archive"
  exit 2
fi
home=${SCALEGEN_HOME:?SCALEGEN_HOME is not set}
if [[ -n $archive ]]; then
  # A local archive is installed afresh, never taken from an earlier install.
  # A glob (cli/target/scalegen-*.tar.gz) must name exactly one file.
  [[ $archive = /* ]] || archive=$PWD/${SCALEGEN_WORKING_DIRECTORY:-.}/$archive
  mapfile -t found < <(compgen -G "$archive" || true)
  if (( ${#found[@]} != 1 )) || [[ ! -f ${found[0]} ]]; then
    echo "::error title=scalegen::the archive $archive names ${#found[@]} files, not one"
    exit 3
  fi
  archive=${found[0]}
  home=${home%/}-local
  rm -rf "$home"
fi

if [[ -x $home/bin/scalegen ]]; then
  echo "scalegen $version: restored from the cache in $home"
else
  work=$(mktemp -d "${RUNNER_TEMP:-/tmp}/scalegen-install.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  if [[ -z $archive ]]; then
    archive=$work/scalegen-$version.tar.gz
    url=$releases/v$version/scalegen-$version.tar.gz
    echo "downloading $url"
    curl --fail --silent --show-error --location --retry 3 --output "$archive" "$url"
  fi
  tar -xzf "$archive" -C "$work"
  unpacked=$(find "$work" -mindepth 2 -maxdepth 2 -name install.sh -print -quit)
  [[ -n $unpacked ]] || { echo "::error title=scalegen::$archive holds no install.sh"; exit 3; }
  sh "$unpacked" --prefix "$home"
fi

scalegen=$home/bin/scalegen
if ! installed=$("$scalegen" --version); then
  echo "::error title=scalegen::scalegen did not run: it needs Java 17 or later (actions/setup-java, or JAVA_HOME)"
  exit 3
fi
if [[ -n $version && $installed != "scalegen $version" ]]; then
  echo "::error title=scalegen::asked for scalegen $version, but the install is $installed"
  exit 3
fi
echo "$installed in $home"
echo "$home/bin" >> "${GITHUB_PATH:-/dev/null}"
echo "scalegen=$scalegen" >> "${GITHUB_OUTPUT:-/dev/null}"
