#!/usr/bin/env bash
# Each fuzz target's oracle can fail: for each target, a deliberately broken copy of the
# code it guards (one edit, in a scratch copy of the committed tree) must crash within a
# minute. Needs cargo-fuzz and a nightly toolchain (see CONTRIBUTING.md).
#
#   fuzz/check-oracles.sh            # every target
#   fuzz/check-oracles.sh TARGET     # one
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Shared by the broken copies, so that each builds only what its edit changes.
export CARGO_TARGET_DIR="$root/fuzz/target-broken"

# target | file | text | broken text | what the edit breaks
cases=(
  "template_parser|crates/zingle-errors-catalog/src/template.rs|literal.push('{');|literal.push('[');|an escaped brace read as another character"
  "description_matcher|crates/zingle-errors-core/src/matching.rs|let value = offset + at..offset + end;|let value = offset + at..offset + end.saturating_sub(1).max(at);|each value found one character short"
  "envelope_reader|crates/zingle-errors/src/wire/status/mod.rs|map.serialize_entry(key, value)?;|let _ = (key, value);|an unknown field of the status not written back"
  "catalog_loader|crates/zingle-errors-catalog/src/location.rs|column: column + 1,|column: column + 2,|every column one too far"
  "catalog_builder|crates/zingle-errors-catalog/src/codegen/code_table/mod.rs|rows[by_name].0.push(row(&entry.name));|{}|a code left out of its bucket by name"
  "translation_writer|crates/zingle-errors-core/src/translation.rs|if is_default && default.is_none() {|if default.is_none() {|the first variant taken for the default"
)

failed=0
for case in "${cases[@]}"; do
  IFS='|' read -r target file from to what <<<"$case"
  if [ $# -gt 0 ] && [ "$1" != "$target" ]; then continue; fi
  rm -rf "$scratch/repo" && mkdir -p "$scratch/repo"
  git -C "$root" archive HEAD | tar -x -C "$scratch/repo"
  grep -qF -- "$from" "$scratch/repo/$file" || { echo "$target: the edit no longer applies to $file" >&2; exit 2; }
  FROM="$from" TO="$to" perl -0pi -e 's/\Q$ENV{FROM}\E/$ENV{TO}/' "$scratch/repo/$file"
  start=$(date +%s)
  if (cd "$scratch/repo/fuzz" && cargo +nightly fuzz run "$target" -- -max_total_time=60 >"$scratch/$target.log" 2>&1); then
    echo "$target: no crash in 60 s with $what: the oracle missed it" >&2
    failed=1
  else
    grep -q "panicked\|deadly signal" "$scratch/$target.log" || { cat "$scratch/$target.log" >&2; exit 2; }
    runs=$(grep -o '^#[0-9]*' "$scratch/$target.log" | tail -1 || true)
    echo "$target: crashed with $what (after ${runs:-a few} runs, $(( $(date +%s) - start )) s with the build)"
  fi
done
exit $failed
