#!/usr/bin/env python3
"""Turns bench/run's raw results into a Markdown table: wall time, ratio to the parse
floor and to clang-tidy, peak RSS."""
import sys

rows, corpus = {}, None
order = []
for line in open(sys.argv[1]):
    parts = line.split()
    if parts[0] == "corpus":
        corpus = f"{parts[1]} ({parts[2]} units)"
        order.append(corpus)
        rows[corpus] = []
        continue
    rows[corpus].append((parts[0], float(parts[1]), int(parts[2])))

for corpus in order:
    data = dict((n, (s, m)) for n, s, m in rows[corpus])
    floor = data["floor"][0]
    tidy = data.get("clang-tidy-j1", (None,))[0]
    print(f"\n### {corpus}\n")
    print("| run | wall s | × floor | clang-tidy ÷ this | peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for name, secs, kb in rows[corpus]:
        vs_tidy = f"{tidy / secs:.2f}" if tidy and secs > 0 else "–"
        print(f"| {name} | {secs:.2f} | {secs / floor:.2f} | {vs_tidy} | {kb / 1024:.0f} |")

# The targets of issue 7 that are ratios between runs of seniorlint.
print("\n### seniorlint -j1 ÷ -j2\n")
print("| corpus | -j1 ÷ -j2 | run-clang-tidy: -j1 ÷ -j2 |")
print("|---|---:|---:|")
total1 = total2 = 0.0
for corpus in order:
    data = dict((n, s) for n, s, _ in rows[corpus])
    j1, j2 = data["seniorlint-cold-j1"], data["seniorlint-cold-j2"]
    total1, total2 = total1 + j1, total2 + j2
    tidy = data.get("clang-tidy-j1"), data.get("run-clang-tidy-j2")
    tidy_ratio = f"{tidy[0] / tidy[1]:.2f}" if all(tidy) else "–"
    print(f"| {corpus} | {j1 / j2:.2f} | {tidy_ratio} |")
print(f"| the three corpora, times summed | {total1 / total2:.2f} | |")
