#!/usr/bin/env bash
# The installed bash completion offers disputedesk-cli's commands, a group's second words and a
# command's options, read from the program's own --help.
#   completion.sh STAGE_ROOT
set -euo pipefail
stage=$1
fail() { echo "FAIL: $*"; exit 1; }
export PATH=$stage/usr/bin:$PATH LC_ALL=C.UTF-8
# shellcheck disable=SC1090,SC1091
source "$stage/usr/share/bash-completion/completions/disputedesk-cli"

complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _disputedesk_cli
  printf '%s\n' "${COMPREPLY[@]}"
}

first=$(complete_words disputedesk-cli "")
for word in aging dispute credit-note dunning-run import --version; do
  grep -qx -- "$word" <<<"$first" || fail "the first word does not offer $word: $(echo $first)"
done
second=$(complete_words disputedesk-cli dispute "")
for word in open finding decide resolve close; do
  grep -qx -- "$word" <<<"$second" || fail "'dispute' does not offer $word: $(echo $second)"
done
options=$(complete_words disputedesk-cli dispute open --)
for word in --db --invoice --reason --story; do
  grep -qx -- "$word" <<<"$options" || fail "'dispute open' does not offer $word: $(echo $options)"
done
options=$(complete_words disputedesk-cli aging --as)
[ "$options" = "--as-of" ] || fail "'aging --as' completes to '$options'"
echo "bash completion offers commands, second words and options"
