#!/usr/bin/env bash
# Benchmark: podprint's EPUB of a transcript vs `pandoc -t epub3` on the same
# text, side by side in one run (whole processes: read, convert, write).
#
#   bench/epub.sh [TRANSCRIPT] [RUNS]      # default: seed 000, 10 runs
#   bench/epub.sh --large                  # also the 2,000-episode cargo bench
#
# Needs cargo and pandoc. Prints the median times and the ratio
# (goal: podprint at least 20x faster). The large bench prints time and peak
# memory for ~20 million words (goal: < 20 s, < 1 GiB on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
large=0
if [ "${1:-}" = "--large" ]; then large=1; shift; fi
src=${1:-../shared/seeds/000_e0dbac5c6335d4c9.txt}
runs=${2:-10}
[ -f "$src" ] || src=/work/shared/seeds/000_e0dbac5c6335d4c9.txt
[ -f "$src" ] || { echo "bench/epub.sh: transcript $src not found" >&2; exit 1; }
command -v pandoc > /dev/null || { echo "bench/epub.sh: pandoc not installed" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cargo build -q --release -p podprint-epub --example render
bin=target/release/examples/render

ms() { local s; s=$(date +%s%N); "$@" > /dev/null 2>&1; echo $(( ($(date +%s%N) - s) / 1000000 )); }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

"$bin" "$tmp/podprint.epub" "$src" > /dev/null 2>&1 || { echo "bench/epub.sh: podprint failed on $src" >&2; exit 1; }
pandoc -f markdown -t epub3 --metadata title=Transkript -o "$tmp/pandoc.epub" "$src"
: > "$tmp/p.ms"; : > "$tmp/d.ms"
for _ in $(seq "$runs"); do
  ms "$bin" "$tmp/podprint.epub" "$src" >> "$tmp/p.ms"
  ms pandoc -f markdown -t epub3 --metadata title=Transkript -o "$tmp/pandoc.epub" "$src" >> "$tmp/d.ms"
done
p=$(median < "$tmp/p.ms"); d=$(median < "$tmp/d.ms")
echo "transcript: $src ($(wc -w < "$src") words), $runs runs each, median wall time"
echo "podprint_epub_ms=$p ($(stat -c %s "$tmp/podprint.epub") bytes)"
echo "pandoc_epub3_ms=$d ($(stat -c %s "$tmp/pandoc.epub") bytes, $(pandoc --version | head -1))"
awk -v p="$p" -v d="$d" 'BEGIN { if (p < 1) p = 1; printf "ratio=%.1fx (goal: >= 20x)\n", d / p }'

if [ "$large" = 1 ]; then
  cargo bench -q -p podprint-epub --bench render
fi
