#!/usr/bin/env bash
# PDF conformance checks for every .pdf in a directory (called by tests/conformance.sh).
#
#   tests/conformance-pdf.sh DIR
#
# For each PDF: `pdfinfo` says Tagged: yes; `pdffonts` lists every font as
# embedded; `qpdf --check` finds no errors or warnings; `pdftotext` extracts
# text. Exits non-zero if any check fails or DIR holds no PDF.
# Needs poppler-utils and qpdf.
set -uo pipefail
dir=${1:?usage: conformance-pdf.sh DIR}
for tool in pdfinfo pdffonts qpdf pdftotext; do
  command -v "$tool" >/dev/null || { echo "conformance-pdf: $tool not installed (apt-get install poppler-utils qpdf)" >&2; exit 2; }
done
shopt -s nullglob
pdfs=("$dir"/*.pdf)
[ ${#pdfs[@]} -gt 0 ] || { echo "conformance-pdf: no PDF in $dir" >&2; exit 1; }

fail=0
bad() { echo "FAIL $1: $2" >&2; fail=1; }
# poppler reports `/Suspects false` in MarkInfo (which PDF/UA requires) as a
# syntax error; that one message is a poppler quirk, anything else counts.
poppler_noise='Suspects object is wrong type \(boolean\)'

for pdf in "${pdfs[@]}"; do
  info=$(pdfinfo "$pdf" 2>&1) || bad "$pdf" "pdfinfo failed: $info"
  grep -qE '^Tagged:[[:space:]]+yes' <<<"$info" || bad "$pdf" "not tagged (pdfinfo Tagged: no)"
  other=$(grep -iE 'error|warning' <<<"$info" | grep -vE "$poppler_noise")
  [ -z "$other" ] || bad "$pdf" "pdfinfo: $other"

  fonts=$(pdffonts "$pdf" 2>/dev/null) || bad "$pdf" "pdffonts failed"
  # Rows after the two header lines; columns counted from the right:
  # emb sub uni object-id gen.
  nfonts=$(tail -n +3 <<<"$fonts" | grep -c .)
  [ "$nfonts" -gt 0 ] || bad "$pdf" "no fonts listed"
  notemb=$(tail -n +3 <<<"$fonts" | awk 'NF && ($(NF-4) != "yes" || $(NF-2) != "yes") {print $1}')
  [ -z "$notemb" ] || bad "$pdf" "font not embedded or without Unicode map: $notemb"

  check=$(qpdf --check "$pdf" 2>&1); rc=$?
  [ $rc -eq 0 ] || bad "$pdf" "qpdf --check exit $rc: $check"
  grep -qi 'warning' <<<"$check" && bad "$pdf" "qpdf --check: $check"

  text=$(pdftotext -enc UTF-8 "$pdf" - 2>&1) || bad "$pdf" "pdftotext failed"
  [ "$(tr -d '[:space:]' <<<"$text" | wc -c)" -gt 0 ] || bad "$pdf" "pdftotext extracted no text"
  [ $fail -eq 0 ] && echo "ok   $pdf ($nfonts fonts, $(grep -E '^Pages:' <<<"$info" | awk '{print $2}') pages)"
done
exit $fail
