#!/usr/bin/env python3
"""Writes a 10 MB DataFramer spec shaped unlike bench/SpecGenerator's: quoted names, 3 to 9
values a property, every third in flow style, comments and blank lines, a long block of
requirements. For checking a figure on "a spec that is not the bench's own" (issue 17):
    python3 bench/outside/other-spec.py OUT.yaml && bench/run.sh outside OUT.yaml
"""
import random
import sys
random.seed(7)
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega".split()
out = ["# Customer-support conversations, generated outside the bench\n", "spec:\n",
       "  description: >-\n    Conversations between customers and agents across many products,\n    channels and moods.\n",
       "  requirements: |\n"]
for i in range(40):
    out.append("    - Requirement %d: %s\n" % (i, " ".join(random.choice(words) for _ in range(12))))
out.append("  data_property_variations:\n")
size = sum(map(len, out)); p = 0
while size < 10_000_000:
    n = random.randint(3, 9)
    vals = ["%s_%s_%d" % (random.choice(words), random.choice(words), j) for j in range(n)]
    shares = [100 // n] * n; shares[0] += 100 - sum(shares)
    block = []
    block.append("    # property %d\n" % p)
    block.append("    - property_name: \"%s %d\"\n" % (random.choice(words).title(), p))
    if p % 3 == 0:
        block.append("      property_values: [%s]\n" % ", ".join("'%s'" % v for v in vals))
        block.append("      base_distributions: {%s}\n" % ", ".join("'%s': %d" % (v, s) for v, s in zip(vals, shares)))
    else:
        block.append("      property_values:\n" + "".join("        - %s\n" % v for v in vals))
        block.append("      base_distributions:\n" + "".join("        %s: %d\n" % (v, s) for v, s in zip(vals, shares)))
        block.append("\n")
    s = "".join(block); out.append(s); size += len(s); p += 1
open(sys.argv[1] if len(sys.argv) > 1 else "other-spec.yaml", "w").write("".join(out))
print(p, "properties", size, "bytes")
