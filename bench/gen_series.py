#!/usr/bin/env python3
"""Generate a synthetic podcast series for benchmarks.

    bench/gen_series.py OUTDIR --episodes N --words M [--lang sv|en] [--seed S]

Writes OUTDIR/transcripts/epNNNN.txt (labeled text with the quirks of real
transcripts: announcer, host and guests, events, a cold-open teaser, line
wrapping) and OUTDIR/config/podprint.toml with every output turned on.
Deterministic for a given seed. Text is generated from small word lists;
it reads like speech in rhythm, not in meaning.
"""
import argparse
import os
import random
import textwrap

SV = dict(
    words="vi och det att är som en på inte för med har de till så man ju kommun region vård skola vatten "
    "människor arbete samverkan förtroende framtid invånare medarbetare ledning utveckling tjänster "
    "lösningar behov resurser planering möten förändring kunskap ansvar frågor svar närhet bibliotek "
    "stad landsbygd budget uppföljning tillsammans verkligen faktiskt egentligen viktigt svårt enkelt".split(),
    starts="Jag tror att|Det handlar om att|Vi måste|Det viktigaste är att|Man kan säga att|Ja, och|Precis, men".split("|"),
    questions="Hur ser du på det|Vad betyder det för invånarna|Kan du berätta mer|Varför är det viktigt".split("|"),
    announcer="En podcast från Exempelkommunen.",
    events=["[skratt]", "[musik]"],
    hosts=["ANNA"], guests=["OLLE", "MARIA", "JONAS", "SARA"], ann="PRESENTATÖR",
)
EN = dict(
    words="we and the to is that a of it you in this not for with have they so city region care school water "
    "people work trust future residents staff leadership change knowledge budget libraries services "
    "solutions needs resources planning meetings together really actually important hard simple".split(),
    starts="I think that|It is about|We have to|The key is that|You could say that|Yeah, and|Right, but".split("|"),
    questions="How do you see that|What does it mean for residents|Can you tell us more|Why does it matter".split("|"),
    announcer="A podcast from Example City.",
    events=["[laughter]", "[music]"],
    hosts=["ANNA"], guests=["OLIVER", "MARY", "JOHN", "SARAH"], ann="ANNOUNCER",
)


def sentence(rng, L, n):
    ws = [rng.choice(L["words"]) for _ in range(n)]
    s = rng.choice(L["starts"]) + " " + " ".join(ws)
    if rng.random() < 0.05:
        s += " " + rng.choice(L["events"])
    return s + "."


def episode(rng, L, i, words):
    guest = L["guests"][i % len(L["guests"])]
    host = L["hosts"][0]
    turns = [(L["ann"], L["announcer"])]
    body = []
    total = 0
    while total < words:
        q = rng.choice(L["questions"]) + "?"
        body.append((host, q))
        ans = " ".join(sentence(rng, L, rng.randint(8, 22)) for _ in range(rng.randint(2, 8)))
        body.append((guest, ans))
        total += len(q.split()) + len(ans.split())
    teaser = next((t for t in body if t[0] == guest), body[1])
    turns.append((guest, "…" + teaser[1][: max(40, len(teaser[1]) // 2)].rsplit(" ", 1)[0] + "…"))
    turns += body
    title = ("EP%d - Syntetiskt avsnitt" if L is SV else "EP%d - Synthetic episode") % (i + 1)
    out = ["", " %d " % 1, "", title, "", " "]
    for who, text in turns:
        lines = textwrap.wrap(text, 78, break_on_hyphens=False)
        out.append("%s:  %s " % (who, lines[0]))
        for l in lines[1:]:
            out.append("")
            out.append(l + " ")
        out += ["", " ", ""]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--episodes", type=int, default=20)
    ap.add_argument("--words", type=int, default=10000)
    ap.add_argument("--lang", choices=["sv", "en"], default="sv")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--outputs", default="text,epub,pdf", help="comma-separated outputs to turn on")
    a = ap.parse_args()
    L = SV if a.lang == "sv" else EN
    rng = random.Random(a.seed)
    os.makedirs(os.path.join(a.outdir, "transcripts"), exist_ok=True)
    os.makedirs(os.path.join(a.outdir, "config"), exist_ok=True)
    for i in range(a.episodes):
        with open(os.path.join(a.outdir, "transcripts", "ep%04d.txt" % (i + 1)), "w", encoding="utf-8") as f:
            f.write(episode(rng, L, i, a.words))
    outs = set(a.outputs.split(","))
    cfg = ['episodes = "transcripts/*.txt"', '', '[series]', 'title = "Synthetic"', 'publisher = "podprint bench"',
           'language = "%s"' % a.lang, '']
    if "quotes" in outs:
        cfg += ["[quotes]", ""]
    for o in ("text", "epub", "pdf", "cards"):
        if o in outs:
            cfg.append("[output.%s]" % o)
            if o == "pdf":
                cfg.append("large-print = false")
            cfg.append("")
    with open(os.path.join(a.outdir, "config", "podprint.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(cfg))


if __name__ == "__main__":
    main()
