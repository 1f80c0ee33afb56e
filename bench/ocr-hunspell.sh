#!/bin/sh
# Share of words hunspell (sv_SE) flags in the turns of a two-column OCR
# transcript after import and repair. A development yardstick, not a test.
#
#   bench/ocr-hunspell.sh OCR_FILE [CLEAN_FILE...]
#
# Clean files are other episodes of the same series (vocabulary). Needs the
# Debian packages hunspell and hunspell-sv.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 OCR_FILE [CLEAN_FILE...]" >&2; exit 2; }
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
cargo run -q --release -p podprint-transcript --example ocr_measure -- "$@" > "$out"
words=$(wc -w < "$out")
flagged=$(hunspell -d sv_SE -l < "$out" | wc -l)
awk -v f="$flagged" -v w="$words" 'BEGIN { printf "flagged %d of %d words: %.2f%%\n", f, w, 100 * f / w }'
