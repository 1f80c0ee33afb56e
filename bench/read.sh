#!/usr/bin/env bash
# Reader throughput and inspect latency (issue: reading + normalizing
# >= 50 MB/s on one core; `inspect` of seed 000 under 20 ms).
#   bench/read.sh            (builds release first)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release -p podprint
BIN="$PWD/target/release/podprint"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT

echo "== generating a ~50 MB labeled transcript"
python3 bench/gen_series.py "$WORK/big" --episodes 1 --words 7000000 >/dev/null
F="$WORK/big/transcripts/ep0001.txt"
SIZE=$(stat -c %s "$F")
echo "   $(( SIZE / 1000000 )) MB"
best=999999
for i in 1 2 3; do
    s=$(date +%s.%N); taskset -c 0 "$BIN" inspect "$F" >/dev/null; e=$(date +%s.%N)
    t=$(python3 -c "print($e - $s)")
    best=$(python3 -c "print(min($best, $t))")
done
python3 -c "print(f'read+normalize (inspect, one core): {$SIZE/1e6/$best:.1f} MB/s  ({$best:.2f} s for {$SIZE/1e6:.1f} MB)')"

SEED="../shared/seeds/000_e0dbac5c6335d4c9.txt"
if [ -f "$SEED" ]; then
    N=50
    s=$(date +%s.%N)
    for i in $(seq $N); do "$BIN" inspect "$SEED" >/dev/null; done
    e=$(date +%s.%N)
    python3 -c "print(f'inspect seed 000: {($e - $s) / $N * 1000:.1f} ms wall per run (mean of $N, process start included)')"
fi
