#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs two commands alternately (A B A B …) and prints each run, the medians and the
# ratios A/B of wall time and of the `layout_ms=<float>` each prints (last such token, if
# any). Alternating in one run makes the two share the machine's state (page cache,
# fragmentation, other load), so the ratio means something on a noisy machine.
#
# usage: bash tests/bench/paired.sh PAIRS NAME_A 'COMMAND A' NAME_B 'COMMAND B'
# env:   SETUP='COMMAND' runs (untimed) before every run, e.g. to restore a plan that A changes.
# e.g.   bash tests/bench/paired.sh 5 layout "build-ci/bin/orgdesigner-cli layout big.csv --format json -o /tmp/a.json" \
#             d3 "node /tmp/yardstick/d3_tree.mjs big.csv"
set -u
pairs=$1 nameA=$2 cmdA=$3 nameB=$4 cmdB=$5
log=$(mktemp)
trap 'rm -f "$log"' EXIT
now_ms() { date +%s%N | awk '{printf "%.1f", $1/1e6}'; }
declare -a wallA wallB layA layB
run() { # CMD → "wall layout_ms"
  local t0 t1 lay
  [ -n "${SETUP:-}" ] && { bash -c "$SETUP" || exit 1; }
  t0=$(now_ms)
  bash -c "$1" > "$log" 2>&1 || { echo "failed: $1" >&2; tail -5 "$log" >&2; exit 1; }
  t1=$(now_ms)
  lay=$(grep -ao 'layout_ms=[0-9.]*' "$log" | tail -1 | cut -d= -f2)
  echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}') ${lay:-nan}"
}
for i in $(seq 1 "$pairs"); do
  res=$(run "$cmdA") || exit 1; read -r w l <<< "$res"; wallA+=("$w"); layA+=("$l")
  echo "pair $i  $nameA wall_ms=$w layout_ms=$l"
  res=$(run "$cmdB") || exit 1; read -r w l <<< "$res"; wallB+=("$w"); layB+=("$l")
  echo "pair $i  $nameB wall_ms=$w layout_ms=$l"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }
mwA=$(median "${wallA[@]}") mwB=$(median "${wallB[@]}") mlA=$(median "${layA[@]}") mlB=$(median "${layB[@]}")
echo "median $nameA wall_ms=$mwA layout_ms=$mlA"
echo "median $nameB wall_ms=$mwB layout_ms=$mlB"
awk -v a="$mwA" -v b="$mwB" -v na="$nameA" -v nb="$nameB" 'BEGIN{printf "ratio wall %s/%s = %.3f\n", na, nb, a/b}'
awk -v a="$mlA" -v b="$mlB" -v na="$nameA" -v nb="$nameB" 'BEGIN{if (a!="nan" && b!="nan" && b>0) printf "ratio layout_ms %s/%s = %.3f\n", na, nb, a/b}'
# Ratio per pair too: how much the pairs agree.
for i in "${!wallA[@]}"; do
  awk -v a="${wallA[$i]}" -v b="${wallB[$i]}" -v i="$((i + 1))" 'BEGIN{printf "pair %d wall ratio %.3f\n", i, a/b}'
done
