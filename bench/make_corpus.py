#!/usr/bin/env python3
"""Writes a compile database for a subset of seniorlint's own sources, without the
precompiled-header flags (other tools cannot all read clang's PCH).
Usage: make_corpus.py <build/compile_commands.json> <out dir> <max units> <path substring>...
Units are taken in file-name order, at most <max units> of them (0: all), so that the
corpus is the same from run to run and clang-tidy's share of the benchmark stays bounded."""
import json, os, shlex, sys

db = json.load(open(sys.argv[1]))
out_dir, limit, wanted = sys.argv[2], int(sys.argv[3]), sys.argv[4:]
entries = []
for e in sorted(db, key=lambda e: e["file"]):
    if not any(w in e["file"] for w in wanted) or "EmbeddedFiles" in e["file"]:
        continue
    args = e.get("arguments") or shlex.split(e["command"])
    clean, i = [], 0
    while i < len(args):
        a = args[i]
        if a == "-Xclang" and i + 1 < len(args) and args[i + 1] in ("-include-pch", "-include", "-fno-pch-timestamp"):
            i += 2 if args[i + 1] == "-fno-pch-timestamp" else 4
            continue
        if a == "-Winvalid-pch" or a.endswith("ccache"):
            i += 1
            continue
        clean.append(a)
        i += 1
    entries.append({"directory": e["directory"], "file": e["file"], "arguments": clean})
if limit:
    entries = entries[:limit]
os.makedirs(out_dir, exist_ok=True)
json.dump(entries, open(os.path.join(out_dir, "compile_commands.json"), "w"), indent=1)
print(f"{len(entries)} units")
