#!/usr/bin/env python3
"""The parse floor: runs `clang-19 -fsyntax-only` on every entry of a compile database,
with the same flags seniorlint uses (GCC-only flags dropped, warnings off), sequentially.
Usage: syntax_only.py compile_commands.json [file filter substring]"""
import json, os, shlex, subprocess, sys

db = json.load(open(sys.argv[1]))
only = sys.argv[2] if len(sys.argv) > 2 else ""
resource = subprocess.check_output(["clang-19", "-print-resource-dir"], text=True).strip()
seen = set()
for entry in db:
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    if path in seen or only not in path:
        continue
    seen.add(path)
    args = entry.get("arguments") or shlex.split(entry["command"])
    out, skip = [], False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD") or a.startswith("-Werror"):
            continue
        out.append(a)
    cmd = ["clang++-19" if path.endswith((".cc", ".cpp", ".cxx")) else "clang-19",
           "-fsyntax-only", "-w", "-resource-dir=" + resource] + out
    subprocess.run(cmd, cwd=entry["directory"], check=True)
