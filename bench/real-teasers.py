#!/usr/bin/env python3
"""Real editors' cold-open teasers, set into real episode bodies.

    bench/real-teasers.py TEASERS.jsonl [-v]

The seeds' two episodes give only four editor-picked teasers, and the ranker
was tuned with them in view. The series publishes transcripts whose cold opens
hold more such picks: TEASERS.jsonl has one line per episode,
{"episode": 92, "format": "standard", "teasers": [{"speaker": "…", "text": "…"}]}.
Those texts are third-party and stay out of this repository; collect them
yourself (the series' public transcript pages open on their cold open).

Each teaser, its ellipses cut, is set between two sentences in the middle of
one guest answer of each seed (the seeds' own teasers dropped), one teaser per
run, and the real ranker (the quotes example, top 10) is asked whether a quote
covers it, as bench/teasers.sh counts. Teasers of the seeds' own episodes
(EP33) are skipped.

What it found (2026-11-23): 57 teasers of 28 episodes, 14 of 114 placings
covered with the weights of that morning; readability x1.25 and a negation
feature (+0.2) made it 21 of 114 (split-half validation over episodes chose
such settings on one half and gained on the other: 7.0 -> 13.8 of 57 a half,
over a wider grid), at the cost of one of the seeds' four own teasers. The
negation feature at 0.1 keeps all four: 18 of 114.
"""
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = sorted(os.path.join(ROOT, "../shared/seeds", f)
               for f in os.listdir(os.path.join(ROOT, "../shared/seeds")) if f.endswith(".txt"))
BIN = os.path.join(ROOT, "target/release/examples/quotes")
NOT_GUESTS = {"LISBETH", "PRESENTATÖR", "VINJETT"}


def words(s):
    return {w.lower() for w in re.split(r"[^\w]+", s) if len(w) >= 3}


def covers(teaser, quote):
    """At least 5 shared words and 60 % of the smaller word set."""
    tw, qw = words(teaser), words(quote)
    inter = len(tw & qw)
    return inter >= 5 and inter / max(1, min(len(tw), len(qw))) >= 0.6


def clean(t):
    t = re.sub(r"^[\s.…]+|[\s.…]+$", "", t)
    return (t[0].upper() + t[1:] + ("" if t[-1] in "!?" else ".")) if t else t


def body(seed):
    """Title and turns of a seed, repaired, its teaser turns dropped."""
    out = subprocess.run([BIN, seed, "--no-teasers", "--turns", "--top", "1"],
                         capture_output=True, text=True, check=True).stdout
    title = next((json.loads(m.group(1)) for m in (re.match(r"title: (\".*\")$", l)
                                                    for l in out.splitlines()) if m), "")
    turns = [(m.group(1), m.group(2)) for m in (re.match(r"\[\d+\] ([^:]+): (.*)$", l)
                                               for l in out.splitlines()) if m]
    return title, turns


def run(args):
    tmp, si, k, text, (title, turns) = args
    answers = [i for i, (s, t) in enumerate(turns)
               if i > 4 and s not in NOT_GUESTS and len(re.findall(r"[.!?] ", t)) >= 2]
    at = answers[int(((k * 0.618034) % 1) * len(answers))]
    lines = [title, ""]
    for i, (s, t) in enumerate(turns):
        if i == at:
            cuts = [m.end() for m in re.finditer(r"[.!?] ", t)]
            t = t[:cuts[len(cuts) // 2]] + text + " " + t[cuts[len(cuts) // 2]:]
        lines += [f"{s}: {t}", ""]
    path = os.path.join(tmp, f"s{si}-{k}.txt")
    with open(path, "w") as f:
        f.write("\n".join(lines))
    out = subprocess.run([BIN, path, "--top", "10"], capture_output=True, text=True, check=True).stdout
    quotes = [m.group(1) for m in (re.match(r"\s*\d+\. \[[-\d.]+\] .*?\(turn \d+[^)]*\): (.*)$", l)
                                   for l in out.splitlines()) if m]
    return si, k, next((r + 1 for r, q in enumerate(quotes) if covers(text, q)), None), text


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    subprocess.run(["cargo", "build", "-q", "--release", "-p", "podprint-quotes", "--example", "quotes"],
                   cwd=ROOT, check=True)
    teasers = []
    with open(sys.argv[1]) as f:
        for line in f:
            row = json.loads(line)
            if row.get("format", "standard") == "standard" and row.get("episode") != 33:
                teasers += [clean(t["text"]) for t in row["teasers"] if t.get("text")]
    import tempfile
    tmp = tempfile.mkdtemp()
    bodies = [body(s) for s in SEEDS]
    jobs = [(tmp, si, k, t, bodies[si]) for si in range(len(SEEDS)) for k, t in enumerate(teasers)]
    with ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        results = list(ex.map(run, jobs))
    for si, seed in enumerate(SEEDS):
        hits = sum(1 for r in results if r[0] == si and r[2])
        print(f"{os.path.basename(seed):32} {hits}/{len(teasers)}")
    if "-v" in sys.argv:
        for si, k, rank, text in results:
            print(f"seed {si} teaser {k}: {'rank ' + str(rank) if rank else 'missed'}  {text[:90]}")
    print(f"real teasers covered by the top 10: {sum(1 for r in results if r[2])}/{len(results)}")


if __name__ == "__main__":
    main()
