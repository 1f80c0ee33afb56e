#!/usr/bin/env bash
# Scale: `podprint build` of N episodes × M words with text, EPUB and PDF, at
# 20, 200 and 2,000 episodes (default M = 10,000). Prints wall time, peak
# memory (RSS) and time per word, so that the per-word cost at each size can be
# compared (goal: 2,000 × 10,000 under 60 s on 2 cores, < 1 GiB, per-word
# times within 1.5× of each other).
#   bench/scale.sh [SIZES] [WORDS]      e.g. bench/scale.sh "20 200 2000" 10000
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${1:-20 200 2000}"
WORDS="${2:-10000}"
cargo build -q --release -p podprint
BIN="$PWD/target/release/podprint"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
printf '%8s %8s %10s %10s %12s %10s\n' episodes words wall_s peak_MiB us_per_word files
for n in $SIZES; do
    d="$WORK/s$n"
    python3 bench/gen_series.py "$d" --episodes "$n" --words "$WORDS" --outputs text,epub,pdf >/dev/null
    total=$(cat "$d"/transcripts/*.txt | wc -w)
    /usr/bin/time -f '%e %M' -o "$d/time" "$BIN" build -q -c "$d/config/podprint.toml" >/dev/null
    read -r wall kb < "$d/time"
    files=$(find "$d/output" -type f ! -name '.podprint-cache.json' | wc -l)
    python3 -c "print(f'{$n:8d} {$total:8d} {$wall:10.2f} {$kb/1024:10.0f} {$wall*1e6/$total:12.3f} {$files:10d}')"
    # A second build with nothing changed.
    s=$(date +%s.%N); "$BIN" build -q -c "$d/config/podprint.toml"; e=$(date +%s.%N)
    python3 -c "print(f'         rebuild with nothing changed: {$e-$s:.2f} s ({100*($e-$s)/$wall:.1f}% of the first build)')"
    rm -rf "$d"
done
