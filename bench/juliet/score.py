#!/usr/bin/env python3
"""Scores a seniorlint JSON report on the Juliet C/C++ 1.3 test suite, per CWE and rule.

Usage: score.py <findings.json> <corpus-dir> <rules-dir> [--units <compile_commands.json>]
                [--json <summary.json>]

Each finding is attributed to the function around it. Juliet writes every function
definition at column 0, its name saying what it is: names containing "bad" hold the flaw
(CWE78_..._01_bad, badSink, CWE78_..._81_bad::action), names containing "good" are clean
(goodG2B, goodB2GSink, CWE78_..._81_goodG2B::action). A test case is the set of files of one
flow variant (..._54a.c to ..._54e.c, ..._81_bad.cpp, ..._81.h are one test case).

For each CWE of the corpus and each rule that claims it (field `cwe` in rules/*.yaml):
  recall    = test cases with at least one finding in a bad function / test cases
  precision = findings in bad functions / findings in bad or good functions
Findings elsewhere (helpers such as staticReturnsTrue, file scope, support headers) count
for neither and are listed. Findings of rules that do not claim the CWE are listed as noise.
Windows-only test cases (`w32` in the name) are scored in a table of their own; with
--units, only test cases with a unit in that compile database count.
"""
import json
import os
import re
import sys
from collections import defaultdict

TESTCASE = re.compile(r"^(CWE(\d+)_.+?_(\d\d))(?:[a-z]|_bad|_good\w*)?\.(?:c|cpp|h)$")
DEFINITION = re.compile(r"^[A-Za-z_][^;]*?([~A-Za-z_][\w:~]*)\s*\([^;]*$")


def load_claims(rules_dir):
    """rule id -> set of CWE numbers, read from the catalogue's YAML without a YAML parser."""
    claims, current, disabled = {}, None, set()
    for name in sorted(os.listdir(rules_dir)):
        if not name.endswith(".yaml"):
            continue
        for line in open(os.path.join(rules_dir, name), encoding="utf-8"):
            m = re.match(r"^\s*- id:\s*(\S+)", line)
            if m:
                current = m.group(1)
                claims[current] = set()
                continue
            m = re.match(r"^\s+cwe:\s*\[([^\]]*)\]", line)
            if m and current:
                claims[current] = {int(x) for x in re.findall(r"\d+", m.group(1))}
            if current and re.match(r"^\s+enabled:\s*false", line):
                disabled.add(current)
    for rule in disabled:  # off by default (audit rules): not part of the score
        claims.pop(rule, None)
    return claims


def is_w32(testcase):
    return "w32" in testcase.split("__", 1)[-1]


def corpus_testcases(corpus, units=None):
    """test case id -> (cwe, variant, [files]) for every test case file in the corpus."""
    cases = {}
    for d, _, files in os.walk(os.path.join(corpus, "testcases")):
        for f in files:
            if units is not None and f.endswith((".c", ".cpp")) and os.path.join(d, f) not in units:
                continue
            m = TESTCASE.match(f)
            if not m:
                continue
            tc, cwe, variant = m.group(1), int(m.group(2)), m.group(3)
            cases.setdefault(tc, (cwe, variant, []))[2].append(os.path.join(d, f))
    return cases


_functions = {}


def functions_of(path):
    """[(first line, last line, name)] of the column-0 function definitions in a file."""
    if path in _functions:
        return _functions[path]
    try:
        lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    except OSError:
        lines = []
    result, i = [], 0
    while i < len(lines):
        if lines[i].startswith("{") and i > 0:
            sig = lines[i - 1]
            m = DEFINITION.match(sig)
            if m and not sig.startswith(("typedef", "struct", "union", "class", "namespace", "enum", "#")):
                end = i + 1
                while end < len(lines) and not lines[end].startswith("}"):
                    end += 1
                result.append((i, end + 1, m.group(1)))
                i = end
        i += 1
    _functions[path] = result
    return result


def role(name):
    low = name.lower()
    if "bad" in low:
        return "bad"
    if "good" in low:
        return "good"
    return "other"


def enclosing(path, line):
    for first, last, name in functions_of(path):
        if first <= line <= last:
            return name
    return None


def pct(n, d):
    return "—" if d == 0 else f"{100.0 * n / d:.1f}%"


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    report = json.load(open(argv[1], encoding="utf-8"))
    corpus, rules_dir = os.path.abspath(argv[2]), argv[3]
    summary_path = argv[argv.index("--json") + 1] if "--json" in argv else None
    claims = load_claims(rules_dir)
    units = None
    if "--units" in argv:
        units = {u["file"] for u in json.load(open(argv[argv.index("--units") + 1]))}
    cases = corpus_testcases(corpus, units)
    cases = {tc: c for tc, c in cases.items()
             if any(f.endswith((".c", ".cpp")) for f in c[2])}
    root = report.get("sourceRoot", corpus)

    cwes = sorted({c[0] for c in cases.values()})
    by_cwe = defaultdict(list)  # (set, cwe) -> test cases
    for tc, (cwe, variant, _) in cases.items():
        by_cwe[("w32" if is_w32(tc) else "portable", cwe)].append(tc)

    # Attribute every finding to a test case, a function and a role.
    attributed = []
    for f in report.get("findings", []):
        path = f["file"] if os.path.isabs(f["file"]) else os.path.join(root, f["file"])
        m = TESTCASE.match(os.path.basename(path))
        fn = enclosing(path, f["line"])
        attributed.append({
            "rule": f["rule"], "file": os.path.relpath(path, corpus), "line": f["line"],
            "message": f.get("message", ""), "testcase": m.group(1) if m else None,
            "function": fn or "(file scope)", "role": role(fn) if fn else "other",
        })

    out = []
    w = out.append
    w("# seniorlint on Juliet C/C++ 1.3\n")
    w(f"{len(cases)} test cases in {len(cwes)} CWEs, "
      f"{report.get('translationUnits', '?')} units, {len(report.get('findings', []))} findings, "
      f"{len(report.get('failures', []))} units that failed to parse.\n")
    for fail in report.get("failures", []):
        w(f"- parse failure: `{os.path.relpath(fail['file'], corpus) if os.path.isabs(fail['file']) else fail['file']}`: "
          f"{(fail.get('errors') or [''])[0]}")
    summary, details = [], []
    for group in ("portable", "w32"):
        keys = sorted(k for k in by_cwe if k[0] == group)
        if not keys:
            continue
        w("\n## Per CWE and rule: " + ("portable test cases\n" if group == "portable" else
          "Windows-only test cases (w32), parsed against bench/juliet/w32\n"))
        w("| CWE | rule | test cases | recall | TP cases | precision | in bad | in good | elsewhere |")
        w("|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for _, cwe in keys:
            tcs = by_cwe[(group, cwe)]
            rules = sorted(r for r, c in claims.items() if cwe in c)
            if not rules:
                w(f"| {cwe} | (no rule claims it) | {len(tcs)} | | | | | | |")
                continue
            for rule in rules:
                mine = [a for a in attributed if a["rule"] == rule and a["testcase"] in tcs]
                bad = [a for a in mine if a["role"] == "bad"]
                good = [a for a in mine if a["role"] == "good"]
                other = [a for a in mine if a["role"] == "other"]
                hit = {a["testcase"] for a in bad}
                w(f"| {cwe} | {rule} | {len(tcs)} | {pct(len(hit), len(tcs))} | {len(hit)} | "
                  f"{pct(len(bad), len(bad) + len(good))} | {len(bad)} | {len(good)} | {len(other)} |")
                summary.append({"set": group, "cwe": cwe, "rule": rule, "testcases": len(tcs), "detected": len(hit),
                                "in_bad": len(bad), "in_good": len(good), "elsewhere": len(other)})
                # Per flow variant.
                variants = defaultdict(lambda: [0, 0, 0])  # cases, missed, findings in good
                for tc in tcs:
                    v = cases[tc][1]
                    variants[v][0] += 1
                    if tc not in hit:
                        variants[v][1] += 1
                for a in good:
                    variants[cases[a["testcase"]][1]][2] += 1
                rows = [f"| {v} | {c} | {m} | {g} |" for v, (c, m, g) in sorted(variants.items()) if m or g]
                misses = sorted(tc for tc in tcs if tc not in hit)
                details.append((f"{cwe}" + (" (w32)" if group == "w32" else ""), rule, variants, rows, misses, good, other))

    w("\n## Per flow variant (only variants with a miss or a false positive)\n")
    for cwe, rule, variants, rows, misses, good, other in details:
        w(f"### CWE-{cwe}, {rule}\n")
        if not rows:
            w(f"Every variant right ({len(variants)} variants).\n")
            continue
        w("| variant | test cases | missed | findings in good functions |")
        w("|---|---:|---:|---:|")
        out.extend(rows)
        w("")
        if misses:
            w("Missed test cases:\n")
            out.extend(f"- {tc}" for tc in misses)
            w("")
        if good:
            w("Findings in good functions:\n")
            out.extend(f"- `{a['file']}:{a['line']}` in `{a['function']}`" for a in good)
            w("")
        if other:
            w("Findings in neither bad nor good functions:\n")
            out.extend(f"- `{a['file']}:{a['line']}` in `{a['function']}`" for a in other)
            w("")

    w("## Findings of other rules (not claiming the test case's CWE)\n")
    noise = defaultdict(lambda: {"bad": 0, "good": 0, "other": 0, "where": []})
    for a in attributed:
        cwe = cases[a["testcase"]][0] if a["testcase"] in cases else None
        if cwe is not None and cwe in claims.get(a["rule"], set()):
            continue
        n = noise[a["rule"]]
        n[a["role"]] += 1
        n["where"].append(a)
    if not noise:
        w("None.\n")
    else:
        w("| rule | in bad | in good | elsewhere |")
        w("|---|---:|---:|---:|")
        for rule, n in sorted(noise.items()):
            w(f"| {rule} | {n['bad']} | {n['good']} | {n['other']} |")
        w("")
        for rule, n in sorted(noise.items()):
            for a in n["where"][:12]:
                w(f"- {rule}: `{a['file']}:{a['line']}` in `{a['function']}` ({a['role']}): {a['message'][:110]}")
            if len(n["where"]) > 12:
                w(f"- {rule}: … {len(n['where']) - 12} more")
        w("")

    unclaimed = sorted({(r, c) for r, cs in claims.items() for c in cs if r.startswith("security-")
                        and c not in cwes})
    if unclaimed:
        w("## Claimed CWEs with no test case in this corpus\n")
        per_rule = defaultdict(list)
        for r, c in unclaimed:
            per_rule[r].append(str(c))
        for r in sorted(per_rule):
            w(f"- {r}: CWE-{', CWE-'.join(per_rule[r])}")
        w("")
    print("\n".join(out))
    if summary_path:
        json.dump(summary, open(summary_path, "w"), indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
