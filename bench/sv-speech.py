#!/usr/bin/env python3
"""Count the words and word pairs of spoken Swedish for OCR repair.

    bench/sv-speech.py [MIN_WORD [MIN_PAIR]] > crates/transcript/src/ocr/sv_speech.txt

Reads the Swedish transcripts written for podprint's teaser bench
(bench/teasers/[a-n]-sv*.txt; later sets stay out, to measure on), tokenised
as `Vocabulary::add_text` does: speaker labels, bracketed events and numbers
skipped, hyphenated and slashed parts counted apart, pairs only inside a
sentence. Keeps words seen at least MIN_WORD times (default 1) and pairs seen
at least MIN_PAIR times (default 2).
"""
import collections
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
min_word = int(sys.argv[1]) if len(sys.argv) > 1 else 1
min_pair = int(sys.argv[2]) if len(sys.argv) > 2 else 2
files = sorted(f for f in glob.glob(os.path.join(ROOT, "bench/teasers/*-sv*.txt"))
               if os.path.basename(f)[0] <= "n")
label = re.compile(r"^[A-ZÅÄÖÉ0-9_]+:$")
words = collections.Counter()
pairs = collections.Counter()


def core(part):
    return re.sub(r"^\W+|\W+$", "", part)


def is_word(c):
    return any(ch.isalpha() for ch in c) and all(ch.isalpha() or ch in "':’" for ch in c)


for f in files:
    lines = open(f, encoding="utf-8").read().splitlines()
    for line in lines[1:]:  # the first line is the episode title
        prev = None
        for raw in line.split():
            if (len(raw) > 2 and label.match(raw)) or raw.startswith("[") or raw.endswith("]"):
                prev = None
                continue
            last = None
            for part in re.split(r"[-/]", raw):
                c = core(part)
                if not is_word(c):
                    continue
                w = c.lower()
                words[w] += 1
                p = prev or last
                if p:
                    pairs[(p, w)] += 1
                prev = None
                last = w
            prev = None if raw.endswith((".", "?", "!", "…")) else last

print("# Words and word pairs of spoken Swedish with their counts, for OCR repair:")
print("# `word COUNT` and `first second COUNT` lines. Counted by bench/sv-speech.py")
print(f"# in {len(files)} Swedish transcripts written for podprint's teaser bench")
print(f"# (words seen {min_word}+ times, pairs {min_pair}+ times).")
for w, n in sorted(words.items(), key=lambda x: (-x[1], x[0])):
    if n >= min_word:
        print(w, n)
for (a, b), n in sorted(pairs.items(), key=lambda x: (-x[1], x[0])):
    if n >= min_pair:
        print(a, b, n)
