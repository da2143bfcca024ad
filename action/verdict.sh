#!/usr/bin/env bash
# Last step of the action (action.yml): fails the job with scalegen's worst exit code, after the
# SARIF upload. An empty code means the run step did not finish: that fails too.
set -euo pipefail
code=${SCALEGEN_EXIT_CODE:-}
if [[ -z $code ]]; then
  echo "::error title=scalegen::scalegen did not run"
  exit 3
fi
if [[ $code != 0 ]]; then
  echo "scalegen found an invalid spec or drift (exit code $code): see the step \"Run scalegen\""
fi
exit "$code"
