#!/usr/bin/env python3
"""Side-by-side: datasketch MinHashLSH and rensa on a generated corpus.

Not part of CI. Setup (a throwaway venv):

    python3 -m venv /tmp/dedup-venv && /tmp/dedup-venv/bin/pip install datasketch rensa
    cargo xtask gen-corpus --docs 100000 --out /tmp/dedup100k
    /tmp/dedup-venv/bin/python xtask/scripts/dedup_compare.py /tmp/dedup100k
    cargo xtask bench dedup --corpus /tmp/dedup100k            # byline, same articles

Both tools get the same shingles as byline (lowercased word 5-grams; no
stemming, which only helps byline's recall) and the same Jaccard threshold
(0.5), 128 permutations, and are used as their documentation shows: insert
every document, query every document. Their candidate pairs are not verified
(that is what a user of the LSH gets); clusters are the connected components.

Timed: shingling + MinHash + LSH insert + query. Reading the JSONL is not timed
(nor is it in `cargo xtask bench dedup`). Single-threaded, as both libraries are.
"""

import argparse
import json
import re
import sys
import time
from collections import defaultdict

WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def shingles(text, n=5):
    words = [w.replace("\u2019", "'") for w in WORD.findall(text.lower())]
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def components(n, pairs):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(n)]


def pair_scores(labels, groups):
    def pairs(c):
        return c * (c - 1) // 2

    cells, rows, cols = defaultdict(int), defaultdict(int), defaultdict(int)
    for p, g in zip(labels, groups):
        cells[(p, g)] += 1
        rows[p] += 1
        cols[g] += 1
    tp = sum(pairs(c) for c in cells.values())
    pred = sum(pairs(c) for c in rows.values())
    gold = sum(pairs(c) for c in cols.values())
    total = pairs(len(labels))
    expected = pred * gold / total if total else 0
    ari = (tp - expected) / ((pred + gold) / 2 - expected) if (pred + gold) / 2 != expected else 1.0
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, ari


def document_recall(labels, groups):
    by_group = defaultdict(list)
    for l, g in zip(labels, groups):
        by_group[g].append(l)
    found = total = 0
    for members in by_group.values():
        if len(members) < 2:
            continue
        for i, l in enumerate(members):
            total += 1
            found += any(j != i and k == l for j, k in enumerate(members))
    return found / total if total else 0.0


def candidate_pairs(lsh, hashes):
    """Every unordered pair the index returns when queried with each document."""
    pairs = set()
    for i, m in enumerate(hashes):
        for j in lsh.query(m):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def run_datasketch(sets, threshold, num_perm):
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    hashes = []
    for i, s in enumerate(sets):
        m = MinHash(num_perm=num_perm)
        m.update_batch([x.encode("utf8") for x in s])
        lsh.insert(i, m)
        hashes.append(m)
    return candidate_pairs(lsh, hashes)


def run_rensa(sets, threshold, num_perm):
    from rensa import RMinHash, RMinHashLSH

    # 32 bands of 4 rows: LSH threshold (1/32)^(1/4) = 0.42, matching 0.5 (16 bands would act near 0.7).
    lsh = RMinHashLSH(threshold=threshold, num_perm=num_perm, num_bands=32)
    hashes = []
    for i, s in enumerate(sets):
        m = RMinHash(num_perm=num_perm, seed=42)
        m.update(list(s))
        lsh.insert(i, m)
        hashes.append(m)
    return candidate_pairs(lsh, hashes)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", help="folder with docs.jsonl and truth.jsonl (cargo xtask gen-corpus)")
    ap.add_argument("--limit", type=int, default=0, help="first N documents only")
    ap.add_argument("--tools", default="datasketch,rensa")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--num-perm", type=int, default=128)
    args = ap.parse_args()

    texts, groups = [], []
    with open(f"{args.corpus}/docs.jsonl", encoding="utf8") as f:
        for line in f:
            if line.strip():
                texts.append(json.loads(line)["text"])
                if args.limit and len(texts) == args.limit:
                    break
    with open(f"{args.corpus}/truth.jsonl", encoding="utf8") as f:
        for line in f:
            if line.strip():
                groups.append(json.loads(line)["group"])
                if len(groups) == len(texts):
                    break
    mb = sum(len(t.encode("utf8")) for t in texts) / 1e6
    print(f"{len(texts)} documents, {mb:.1f} MB")

    for tool in args.tools.split(","):
        start = time.perf_counter()
        cpu = time.process_time()
        sets = [shingles(t) for t in texts]
        shingle_seconds = time.perf_counter() - start
        run = {"datasketch": run_datasketch, "rensa": run_rensa}[tool]
        pairs = run(sets, args.threshold, args.num_perm)
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu
        labels = components(len(texts), pairs)
        p, r, f1, ari = pair_scores(labels, groups)
        print(
            f"{tool:<11} {seconds:8.2f} s wall ({cpu:.2f} s CPU, shingling {shingle_seconds:.2f} s)  "
            f"{len(texts) / seconds:8.0f} docs/s  {mb / seconds:6.2f} MB/s  candidate pairs {len(pairs)}  "
            f"pairwise P={p:.4f} R={r:.4f} F1={f1:.4f} ARI={ari:.4f}  document recall={document_recall(labels, groups):.4f}"
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
