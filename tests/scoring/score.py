#!/usr/bin/env python3
# A copy of the project's shared scorer, ../shared/tools/score.py (the
# specification's own tool, beside ../shared/spec/MODEL.md and ../shared/gold/;
# it carries no licence or ownership note of its own). Kept here so that
# Scorer.AgreesWithScorePy (tests/scoring/scorer_test.cc) runs from a clone
# alone. Do not edit it: change it only when the shared scorer changes, and
# then port the change to tests/scoring/scorer.cc.
"""Score one findings document (the project's JSON output) against a gold file.

usage: score.py GOLD.json OUTPUT.json [--kinds k1,k2] [--min-f1 0.95] [--quiet]

Per finding kind: precision, recall, F1 of one-to-one matches, plus attribute
accuracy (provider/domain/addressees) over the matched pairs. Report fields are
checked one by one. Exit 1 when any scored kind's F1 falls below --min-f1.
"""
import json
import re
import sys
import unicodedata

WORD = re.compile(r"[a-z0-9]+")


def norm(text):
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(WORD.findall(text))


def tokens(text):
    return set(norm(text).split())


def sim(a, b):
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    return len(ta & tb) / max(1, len(ta | tb))


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def same_num(a, b):
    a, b = num(a), num(b)
    return a is not None and b is not None and abs(a - b) < 1e-6


# Each kind: a function scoring a (gold, out) pair in [0, 1] (0 = no match), and
# the attributes whose agreement is reported over matched pairs.
def m_rating(g, o):
    return 1.0 if (g.get("provider"), str(g.get("standard"))) == (o.get("provider"), str(o.get("standard"))) \
        and norm(g.get("rating")) == norm(o.get("rating")) else 0.0


def m_case(g, o):
    if (g.get("provider"), str(g.get("question"))) != (o.get("provider"), str(o.get("question"))):
        return 0.0
    gp, op = g.get("percent"), o.get("percent")
    return 1.0 if (gp is None and op is None) or same_num(gp, op) else 0.0


def m_fact(g, o):
    if not same_num(g.get("value"), o.get("value")):
        return 0.0
    s = sim(g.get("description"), o.get("description"))
    return s if s >= 0.7 else 0.0


def m_pct(g, o):
    if not same_num(g.get("value"), o.get("value")):
        return 0.0
    s = sim(g.get("sentence"), o.get("sentence"))
    return s if s >= 0.5 else 0.0


def m_rec(g, o):
    if g.get("number") != o.get("number"):
        return 0.0
    s = sim(g.get("text"), o.get("text"))
    return s if s >= 0.8 else 0.0


def m_example(g, o):
    if g.get("polarity") != o.get("polarity"):
        return 0.0
    ga, oa = norm(g.get("text")), norm(o.get("text"))
    head = sim(" ".join(ga.split()[:40]), " ".join(oa.split()[:40]))
    return head if head >= 0.6 else 0.0


def m_judgement(g, o):
    if g.get("kind") != o.get("kind"):
        return 0.0
    s = sim(g.get("text"), o.get("text"))
    return s if s >= 0.7 else 0.0


KINDS = {
    "ratings": (m_rating, []),
    "case_results": (m_case, []),
    "key_facts": (m_fact, ["unit", "provider"]),
    "percentages": (m_pct, ["provider", "domain"]),
    "recommendations": (m_rec, ["addressees"]),
    "practice_examples": (m_example, ["provider"]),
    "judgements": (m_judgement, ["domain", "provider"]),
}

REPORT_FIELDS = ["id", "format", "area", "published", "fieldwork_started", "lead_inspector"]


def attr_equal(name, a, b):
    if name == "addressees":
        return sorted(a or []) == sorted(b or [])
    if name == "domain":
        return norm(a) == norm(b)
    return a == b


def match(gold, out, fn):
    """Greedy one-to-one matching by best score."""
    pairs = []
    for i, g in enumerate(gold):
        for j, o in enumerate(out):
            s = fn(g, o)
            if s > 0:
                pairs.append((s, i, j))
    pairs.sort(reverse=True)
    used_g, used_o, result = set(), set(), []
    for s, i, j in pairs:
        if i in used_g or j in used_o:
            continue
        used_g.add(i)
        used_o.add(j)
        result.append((i, j))
    return result


def score(gold, out, kinds):
    rows = []
    for kind in kinds:
        fn, attrs = KINDS[kind]
        g, o = gold.get(kind) or [], out.get(kind) or []
        if not g and not o:
            continue
        pairs = match(g, o, fn)
        tp = len(pairs)
        p = tp / len(o) if o else (1.0 if not g else 0.0)
        r = tp / len(g) if g else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        attr = {}
        for a in attrs:
            ok = sum(1 for i, j in pairs if attr_equal(a, g[i].get(a), o[j].get(a)))
            attr[a] = ok / tp if tp else None
        missed = [g[i] for i in range(len(g)) if i not in {i for i, _ in pairs}]
        extra = [o[j] for j in range(len(o)) if j not in {j for _, j in pairs}]
        rows.append(dict(kind=kind, gold=len(g), out=len(o), tp=tp, p=p, r=r, f1=f1,
                         attr=attr, missed=missed, extra=extra))
    return rows


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) if "=" in a else (a[2:], "1") for a in argv[1:] if a.startswith("--"))
    gold = json.load(open(args[0]))
    out = json.load(open(args[1]))
    kinds = opts.get("kinds", ",".join(KINDS)).split(",")
    min_f1 = float(opts.get("min-f1", "0"))
    quiet = "quiet" in opts
    rows = score(gold, out, kinds)
    worst = 1.0
    rep_g, rep_o = gold.get("report", {}), out.get("report", {})
    rep_ok = [f for f in REPORT_FIELDS if f in rep_g and rep_g.get(f) == rep_o.get(f)]
    rep_bad = [f"{f}: want {rep_g.get(f)!r} got {rep_o.get(f)!r}" for f in REPORT_FIELDS
               if f in rep_g and rep_g.get(f) != rep_o.get(f)]
    for row in rows:
        worst = min(worst, row["f1"])
        attrs = " ".join(f"{k}={v:.2f}" for k, v in row["attr"].items() if v is not None)
        print(f"{row['kind']:18} gold={row['gold']:3} out={row['out']:3} P={row['p']:.3f} "
              f"R={row['r']:.3f} F1={row['f1']:.3f} {attrs}")
        if not quiet:
            for m in row["missed"][:4]:
                print("   missed:", json.dumps(m, ensure_ascii=False)[:160])
            for e in row["extra"][:4]:
                print("   extra: ", json.dumps(e, ensure_ascii=False)[:160])
    print(f"report fields {len(rep_ok)}/{len(rep_ok) + len(rep_bad)}" + ("" if not rep_bad else " | " + "; ".join(rep_bad)))
    print(f"min F1 {worst:.3f}")
    return 0 if worst >= min_f1 and not rep_bad else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
