#!/usr/bin/env bash
# golden: `stackcheck golden verify` (generate the template from Swift, read both goldens, compare each
# structurally) versus the check a user would script in Python without us: load Golden/template.json and
# Golden/template.yaml (PyYAML, CloudFormation tags taken as long form) and compare the two as dicts.
# The Python side does less (no generation, no marks, no diff): the ratio flatters it. Mean wall time per run.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${STACKCHECK_BIN:?run through scripts/bench, which builds and sets STACKCHECK_BIN}"
runs=${BENCH_RUNS:-20}

python_check='
import json, sys, yaml
class Loader(yaml.SafeLoader): pass
def tag(loader, suffix, node):
    name = "Ref" if suffix == "Ref" else "Fn::" + suffix
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        if suffix == "GetAtt": value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode): value = loader.construct_sequence(node, deep=True)
    else: value = loader.construct_mapping(node, deep=True)
    return {name: value}
Loader.add_multi_constructor("!", tag)
with open("Golden/template.json") as f: a = json.load(f)
with open("Golden/template.yaml") as f: b = yaml.load(f, Loader=Loader)
sys.exit(0 if a == b else 1)
'
now() { date +%s%N; }
"$STACKCHECK_BIN" golden verify >/dev/null
python3 -c "$python_check"

start=$(now)
for _ in $(seq 1 "$runs"); do "$STACKCHECK_BIN" golden verify >/dev/null; done
ours=$(( ($(now) - start) / runs / 1000000 ))
start=$(now)
for _ in $(seq 1 "$runs"); do python3 -c "$python_check"; done
theirs=$(( ($(now) - start) / runs / 1000000 ))
echo "golden verify (generate + read 2 goldens + 2 strict diffs): ${ours} ms/run"
echo "python json+PyYAML load of both goldens and ==:           ${theirs} ms/run"
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "ratio (python / stackcheck): %.1fx\n", (a > 0 ? b / a : 0) }'
