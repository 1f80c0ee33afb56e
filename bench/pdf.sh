#!/usr/bin/env bash
# Benchmark: podprint's PDF/UA-1 of a transcript vs Typst 0.15 producing
# PDF/UA-1 from the same text, side by side in one run.
#
#   bench/pdf.sh [TRANSCRIPT] [RUNS]
#
# Needs: cargo, python3 with `pip install typst`. Prints both timings and the
# ratio (goal: podprint at least 10x faster).
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/seeds/000_e0dbac5c6335d4c9.txt}
runs=${2:-20}
[ -f "$src" ] || src=/work/shared/seeds/000_e0dbac5c6335d4c9.txt
[ -f "$src" ] || { echo "bench/pdf.sh: transcript $src not found" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cargo build -q --release -p podprint-pdf --example bench
bin=target/release/examples/bench
"$bin" "$src" "$runs" "$tmp/doc.typ" > "$tmp/podprint.txt"
cat "$tmp/podprint.txt"

# Whole process, cold: what a user waits for (reading + layout + PDF).
start=$(date +%s%N)
"$bin" "$src" 1 > /dev/null
podprint_proc_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "podprint_process_ms=$podprint_proc_ms"

python3 - "$tmp" "$runs" crates/typeset/fonts <<'PY'
import sys, time, statistics, typst
tmp, runs, fonts = sys.argv[1], int(sys.argv[2]), sys.argv[3]
src = f"{tmp}/doc.typ"
times = []
for i in range(runs):
    t = time.perf_counter()
    typst.compile(src, output=f"{tmp}/typst.pdf", font_paths=[fonts], pdf_standards=["ua-1"])
    times.append((time.perf_counter() - t) * 1000)
print(f"typst_version={typst.__version__}")
print(f"typst_ms_first={times[0]:.2f}")
print(f"typst_ms_median={statistics.median(times):.2f}")
vals = dict(l.strip().split("=") for l in open(f"{tmp}/podprint.txt"))
pp = float(vals["podprint_ms_median"])
print(f"ratio_median={statistics.median(times) / pp:.1f}x (typst median / podprint median)")
print(f"ratio_first={times[0] / float(vals['podprint_ms_first']):.1f}x (cold, first call each)")
PY
