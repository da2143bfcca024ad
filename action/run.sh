#!/usr/bin/env bash
# Step "Run scalegen" of the action (action.yml), in the working directory: runs check (or
# validate) on each spec, first in text form for the job's log (diagnostics, and the drift as a
# diff), then, when SARIF is on, again as SARIF into SARIF_DIRECTORY/N.sarif (one run per spec,
# each with its own category). Never fails itself: it records scalegen's worst exit code in the
# output exit-code, so that the upload runs before the last step fails the job. Whether to upload:
# SCALEGEN_SARIF, except on a pull request from a fork or by Dependabot, whose token cannot write
# security events.
#   SCALEGEN                 the launcher (the install step's output)
#   SCALEGEN_COMMAND         check | validate
#   SCALEGEN_SPECS           one spec a line, `SPEC:DIR` for check
#   SCALEGEN_SARIF           true | false
#   SCALEGEN_SARIF_DIRECTORY where the SARIF files go
#   SCALEGEN_KUBERNETES_VERSION, SCALEGEN_HEAD_REPOSITORY (a pull request's head repository)
set -uo pipefail

scalegen=${SCALEGEN:-scalegen}
command=${SCALEGEN_COMMAND:-check}
sarif=${SCALEGEN_SARIF:-true}
case $command in check | validate) ;; *) echo "::error title=scalegen::command must be check or validate, not '$command'"; exit 2 ;; esac
case $sarif in true | false) ;; *) echo "::error title=scalegen::sarif must be true or false, not '$sarif'"; exit 2 ;; esac
sarif_dir=$PWD/${SCALEGEN_SARIF_DIRECTORY:-scalegen-sarif}
options=()
[[ -z ${SCALEGEN_KUBERNETES_VERSION:-} ]] || options+=(--kubernetes-version "$SCALEGEN_KUBERNETES_VERSION")

worst=0
n=0
rm -rf "$sarif_dir"
[[ $sarif = false ]] || mkdir -p "$sarif_dir"
while IFS= read -r line || [[ -n $line ]]; do
  line=${line#"${line%%[![:space:]]*}"}
  line=${line%"${line##*[![:space:]]}"}
  [[ -z $line || $line = \#* ]] && continue
  n=$((n + 1))
  if [[ $command = check ]]; then
    spec=${line%%:*}
    dir=k8s
    [[ $line != *:* ]] || dir=${line#*:}
    args=(check "$spec" -o "$dir" "${options[@]}")
  else
    args=(validate "$line")
  fi
  echo "::group::scalegen ${args[*]}"
  "$scalegen" "${args[@]}"
  code=$?
  echo "::endgroup::"
  if [[ $sarif = true ]]; then
    "$scalegen" "${args[@]}" --format sarif > "$sarif_dir/$n.sarif" 2> /dev/null
  fi
  (( code > worst )) && worst=$code
  (( code == 0 )) || echo "::error title=scalegen::scalegen ${args[*]} exited $code (details in this step's log)"
done <<< "${SCALEGEN_SPECS:-}"
if (( n == 0 )); then
  echo "::error title=scalegen::the specs input names no spec"
  worst=2
fi

upload=$sarif
if [[ $upload = true && -n ${SCALEGEN_HEAD_REPOSITORY:-} && $SCALEGEN_HEAD_REPOSITORY != "${GITHUB_REPOSITORY:-}" ]]; then
  echo "::notice title=scalegen::pull request from a fork ($SCALEGEN_HEAD_REPOSITORY): its token cannot write security events, so the SARIF is not uploaded; the job still fails on errors and drift"
  upload=false
fi
if [[ $upload = true && ${GITHUB_ACTOR:-} = "dependabot[bot]" && ${GITHUB_EVENT_NAME:-} = pull_request* ]]; then
  echo "::notice title=scalegen::pull request by Dependabot: its token is read-only, so the SARIF is not uploaded; the job still fails on errors and drift"
  upload=false
fi
[[ $n -gt 0 ]] || upload=false
{
  echo "exit-code=$worst"
  echo "upload=$upload"
  echo "sarif-directory=$sarif_dir"
} >> "${GITHUB_OUTPUT:-/dev/null}"
