#!/usr/bin/env bash
# diff: `stackcheck diff` on two generated templates (JSON left, YAML right: scattered property
# changes, resources removed and added, a list of thousands of addresses with scattered insertions and
# removals) with the JSON at 1/4, 1/2 and 1 MB (the readers' size limit), to show the time grows
# linearly: prints sizes, best-of-N wall and CPU times and the CPU ratio per doubling (2.0 is linear),
# and at 1 MB the ratio to cfn-lint's decoder reading the same two files and comparing them with ==.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${STACKCHECK_BIN:-$PWD/.build/release/stackcheck}
runs=${BENCH_RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${PYTHON:-python3}" - "$bin" "$runs" "$work" <<'PY'
import copy, json, subprocess, sys, time, yaml
import resource as rusage
from cfnlint.decode import decode_str

binary, runs, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
LIMIT = 1_000_000

def resource(i):
    return {"Type": "AWS::ECS::TaskDefinition", "DependsOn": [f"Role{i % 7}", f"Log{i % 5}"], "Properties": {
        "Family": {"Fn::Sub": f"${{AWS::StackName}}-job-{i}"}, "Cpu": "512", "Memory": 1024 + i % 4 * 512,
        "ExecutionRoleArn": {"Fn::GetAtt": [f"Role{i % 7}", "Arn"]},
        "ContainerDefinitions": [{"Name": f"worker{i}-{c}", "Image": {"Fn::Sub": "${Repo}:${Tag}"},
            "Environment": [{"Name": f"VAR{e}", "Value": str(i * e)} for e in range(4)],
            "PortMappings": [{"ContainerPort": 8000 + c}]} for c in range(2)]}}

def generate(target):
    template = {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}
    i = 0
    while True:
        template["Resources"][f"Task{i}"] = resource(i)
        i += 1
        # One long list too, so the list diff (Myers on element hashes) is measured at scale.
        addresses = [f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}/32" for n in range(i * 6)]
        template["Resources"]["AllowList"] = {"Type": "AWS::WAFv2::IPSet", "Properties": {"Addresses": addresses}}
        if i % 10 == 0 and len(json.dumps(template, indent=2)) > target:
            return template

def changed(template):
    right = copy.deepcopy(template)
    resources = right["Resources"]
    names = list(resources)
    for n, name in enumerate(names):
        props = resources[name]["Properties"]
        if n % 97 == 0: props["Memory"] = 4096
        if n % 131 == 0: props["ContainerDefinitions"][0]["Environment"].insert(1, {"Name": "NEW", "Value": "x"})
        if n % 173 == 0: del resources[name]
    addresses = resources["AllowList"]["Properties"]["Addresses"]
    for n in range(len(addresses) - 400, 0, -400):
        del addresses[n + 200]
        addresses.insert(n, "192.0.2.1/32")
    for n in range(0, len(names), 211):
        resources[f"Added{n}"] = resource(n)
    return right

def cpu():
    usage = rusage.getrusage(rusage.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

def best(command):
    """Best wall and best CPU (user+sys) time of `runs` runs; CPU time is steadier on a shared machine."""
    walls, cpus = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), cpu()
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        walls.append(time.perf_counter() - start)
        cpus.append(cpu() - start_cpu)
    if done.returncode != 1:
        sys.exit(f"diff: expected exit 1, got {done.returncode}: {done.stderr.decode()[:300]}")
    return min(walls), min(cpus), done.stdout

print(f"{'':>6} {'left JSON':>10} {'right YAML':>10} {'resources':>9} {'diffs':>5} {'wall':>10} {'cpu':>10}"
      f" {'cpu per doubling':>16}")
previous = None
# The generator overshoots by up to ten resources; 95% keeps the largest file under the limit.
for label, target in (("1/4 MB", LIMIT * 95 // 400), ("1/2 MB", LIMIT * 95 // 200), ("1 MB", LIMIT * 95 // 100)):
    left = generate(target)
    left_path, right_path = f"{work}/{target}-left.json", f"{work}/{target}-right.yaml"
    with open(left_path, "w") as f: json.dump(left, f, indent=2)
    with open(right_path, "w") as f: yaml.safe_dump(changed(left), f, sort_keys=False, width=1000)
    sizes = [len(open(p, "rb").read()) for p in (left_path, right_path)]
    assert max(sizes) <= LIMIT, sizes
    seconds, cpu_seconds, out = best([binary, "diff", left_path, right_path, "--format", "json"])
    count = len(json.loads(out)["differences"])
    ratio = f"x{cpu_seconds / previous:.2f}" if previous else ""
    previous = cpu_seconds
    print(f"{label:>6} {sizes[0]:>10,} {sizes[1]:>10,} {len(left['Resources']):>9} {count:>5} {seconds * 1000:7.1f} ms"
          f" {cpu_seconds * 1000:7.1f} ms {ratio:>16}")

def python_compare():
    with open(left_path) as f: a, _ = decode_str(f.read())
    with open(right_path) as f: b, _ = decode_str(f.read())
    return a == b
start = time.perf_counter()
python_compare()
theirs = time.perf_counter() - start
print(f"1 MB: cfn-lint decode of both + ==: {theirs * 1000:.0f} ms; stackcheck diff is x{theirs / seconds:.1f} faster")
PY
