#!/usr/bin/env python3
"""Side by side, in one run: podprint vs pandoc (EPUB) and vs Typst (PDF/UA-1).

    python3 bench/compare.py [--runs 5] [--podprint target/release/podprint] [FILES...]

Default inputs: the seeds in ../shared/seeds (when present) and the sample
transcripts. For every input, the *same text* goes to each tool: podprint
reads the transcript; pandoc and Typst get podprint's plain-text export of it
turned into Markdown / Typst markup (speaker names in bold, one paragraph per
turn). Each timing is the best of --runs wall-clock runs of the whole command
(process start included for every tool: Typst runs as
`python3 -c "import typst; typst.compile(...)"` in a fresh process each time,
since within one process Typst memoizes identical input and a repeat
compile measures its cache, not its work). The last column times that first
typst.compile call inside the child, without the interpreter's start-up.

Needs: pandoc (apt), typst (pip install typst). Prints a table of ratios.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best(fn, runs):
    t = float("inf")
    for _ in range(runs):
        s = time.perf_counter()
        fn()
        t = min(t, time.perf_counter() - s)
    return t


def turns_from_text(txt):
    """Speaker turns of podprint's text export: 'Name: text' paragraphs after the header."""
    m = re.search(r"^(Utskrift|Transcript):?\s*$", txt, re.M)
    body = txt[m.end():] if m else txt
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body)]
    out = []
    for p in paras:
        if not p:
            continue
        name, sep, rest = p.partition(": ")
        if sep and len(name) < 60:
            out.append((name, rest))
        elif out:
            out.append(("", p))
    return out


def typst_escape(s):
    return re.sub(r"([\\#\[\]*_`$@<>~=/+-])", r"\\\1", s)


def md_escape(s):
    return re.sub(r"([\\`*_{}\[\]<>#|])", r"\\\1", s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--podprint", default=os.path.join(ROOT, "target/release/podprint"))
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(ROOT, "../shared/seeds/*.txt"))) + sorted(
        glob.glob(os.path.join(ROOT, "transcripts/*"))
    )
    pandoc = shutil.which("pandoc")
    try:
        import typst  # noqa: F401
    except ImportError:
        typst = None
    if not os.path.exists(a.podprint):
        sys.exit(f"{a.podprint} not found: cargo build --release -p podprint")
    tmp = tempfile.mkdtemp()
    rows = []
    for f in files:
        name = os.path.basename(f)
        txt_out = os.path.join(tmp, "x.txt")
        subprocess.run([a.podprint, "convert", f, "-o", txt_out], check=True, capture_output=True)
        txt = open(txt_out, encoding="utf-8").read()
        title = txt.splitlines()[1] if len(txt.splitlines()) > 1 else name
        lang = "sv" if re.search(r"\b(och|att|är)\b", txt) else "en"
        turns = turns_from_text(txt)
        words = sum(len(t[1].split()) for t in turns)
        # podprint
        pe = best(lambda: subprocess.run([a.podprint, "convert", f, "-o", os.path.join(tmp, "p.epub")], check=True,
                                         capture_output=True), a.runs)
        pp = best(lambda: subprocess.run([a.podprint, "convert", f, "-o", os.path.join(tmp, "p.pdf")], check=True,
                                         capture_output=True), a.runs)
        row = dict(name=name, words=words, pe=pe, pp=pp, de=None, tp=None, tc=None)
        # pandoc EPUB 3 from the same text as Markdown
        if pandoc:
            md = os.path.join(tmp, "x.md")
            with open(md, "w", encoding="utf-8") as o:
                o.write(f"---\ntitle: \"{title}\"\nlang: {lang}\n---\n\n")
                for who, t in turns:
                    o.write((f"**{md_escape(who)}:** " if who else "") + md_escape(t) + "\n\n")
            row["de"] = best(lambda: subprocess.run([pandoc, md, "-t", "epub3", "-o", os.path.join(tmp, "d.epub")],
                                                    check=True, capture_output=True), a.runs)
        # Typst PDF/UA-1 from the same text
        if typst:
            src = [f'#set document(title: "{typst_escape(title)}")', f'#set text(lang: "{lang}")',
                   "#set page(paper: \"a4\")", f"= {typst_escape(title)}", ""]
            for who, t in turns:
                src.append((f"*{typst_escape(who)}:* " if who else "") + typst_escape(t))
                src.append("")
            typ = os.path.join(tmp, "x.typ")
            open(typ, "w", encoding="utf-8").write("\n".join(src))
            # The child also times typst.compile itself (its first call in the
            # process): Typst's own work without the interpreter's start.
            code = ("import time, typst; t = time.perf_counter(); "
                    "typst.compile(%r, output=%r, pdf_standards=['ua-1']); "
                    "print(time.perf_counter() - t)" % (typ, os.path.join(tmp, "t.pdf")))
            inner = []
            row["tp"] = best(lambda: inner.append(float(subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)), a.runs)
            row["tc"] = min(inner)
        rows.append(row)
    print(f"{'input':<34} {'words':>6} | {'podprint epub':>13} {'pandoc epub3':>12} {'ratio':>7} | "
          f"{'podprint pdf':>12} {'typst ua-1':>10} {'ratio':>7} | {'typst compile()':>15} {'ratio':>7}")
    for r in rows:
        de = f"{r['de'] * 1000:10.1f}ms" if r["de"] else f"{'n/a':>12}"
        tp = f"{r['tp'] * 1000:8.1f}ms" if r["tp"] else f"{'n/a':>10}"
        tc = f"{r['tc'] * 1000:13.1f}ms" if r["tc"] else f"{'n/a':>15}"
        re_ = f"{r['de'] / r['pe']:6.1f}×" if r["de"] else f"{'':>7}"
        rp = f"{r['tp'] / r['pp']:6.1f}×" if r["tp"] else f"{'':>7}"
        rc = f"{r['tc'] / r['pp']:6.1f}×" if r["tc"] else f"{'':>7}"
        print(f"{r['name'][:34]:<34} {r['words']:>6} | {r['pe'] * 1000:11.1f}ms {de} {re_} | "
              f"{r['pp'] * 1000:10.1f}ms {tp} {rp} | {tc} {rc}")
    print("ratio = other tool's time / podprint's time (higher is better for podprint); best of", a.runs, "runs")
    print("podprint and pandoc: whole process; typst ua-1: whole `python3 -c` process;")
    print("typst compile(): the first typst.compile call alone, timed inside that process")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
