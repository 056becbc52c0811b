#!/usr/bin/env bash
# roundtrip: `stackcheck roundtrip` over every shared test template in one process (read, write JSON
# and YAML, read both back, compare) against cfn-lint's own decoder (`cfnlint.decode.decode_str`)
# only reading the same files (in-process with the import excluded, and as a whole python3 process), and
# against the same work done with the Python tools (cfn-lint's decoder to read, cfn-flip's writers).
# Best of several runs of each, taking turns run by run, as wall time and as CPU time (user+sys, which a loaded machine
# distorts far less); prints the times and the ratios. The floor: libyaml-scan.c (beside this script, built
# here with cc and pkg-config yaml-0.1) only pulling each file's libyaml events once, as a whole process.
# Last, one run of each side under valgrind: the instructions it executes, which the host's load does not move.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${STACKCHECK_TESTDATA:-$(cd .. && pwd)/shared/testdata}
bin=${STACKCHECK_BIN:-$PWD/.build/release/stackcheck}
# 15 by default, more than the other parts: the two whole processes compared with the floor take 12-50 ms, and on
# a shared host the best of 7 still moved their ratio by half (2.7x and 4.0x on the same binary in one day).
runs=${BENCH_RUNS:-15}
[ -d "$data/aws-cloudformation-templates" ] || { echo "roundtrip: no test data at $data" >&2; exit 2; }
list=$(mktemp)
floor=$(mktemp)
trap 'rm -f "$list" "$floor"' EXIT
cc -O2 -o "$floor" scripts/bench.d/libyaml-scan.c $(pkg-config --cflags --libs yaml-0.1)
find "$data/aws-cloudformation-templates" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) | sort >"$list"
"${PYTHON:-python3}" - "$bin" "$runs" "$list" "$floor" <<'PY'
import json, os, re, resource, shutil, subprocess, sys, tempfile, time
import cfn_flip
from cfnlint.decode import decode_str

binary, runs = sys.argv[1], int(sys.argv[2])
files = [line.strip() for line in open(sys.argv[3]) if line.strip()]
size = sum(os.path.getsize(f) for f in files)

def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime

def own_cpu():
    return time.process_time()

def best(*measures):
    """Best wall and CPU time of each (function, CPU clock) pair. The pairs take turns, run by run, so that a change
    in the machine's speed during the measurement (other tenants of the host) reaches every side alike."""
    samples = [([], []) for _ in measures]
    for _ in range(runs):
        for (fn, cpu), (walls, cpus) in zip(measures, samples):
            wall, before = time.perf_counter(), cpu()
            fn()
            walls.append(time.perf_counter() - wall)
            cpus.append(cpu() - before)
    return [(min(walls), min(cpus)) for walls, cpus in samples]

def ours():
    done = subprocess.run([binary, "roundtrip", *files], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode != 0:
        sys.exit(f"roundtrip: stackcheck exited {done.returncode}: {done.stderr.decode()[:500]}")

def theirs():
    for path in files:
        with open(path, encoding="utf-8") as f:
            template, matches = decode_str(f.read())
        if matches:
            sys.exit(f"roundtrip: cfn-lint could not decode {path}: {matches[0]}")

def theirs_same_work():
    """Our roundtrip's work with the Python tools: read (cfn-lint's decoder), write JSON and YAML
    (cfn-flip's writers), read both back, compare."""
    for path in files:
        with open(path, encoding="utf-8") as f:
            template, _ = decode_str(f.read())
        as_json = cfn_flip.dump_json(template)
        from_json, _ = decode_str(as_json)
        from_yaml, _ = decode_str(cfn_flip.dump_yaml(json.loads(as_json)))
        if not template == from_json == from_yaml:
            pass  # a loss, as our roundtrip would report; the work is the same either way


DECODE_ALL = "import sys\nfrom cfnlint.decode import decode_str\nfor p in sys.argv[1:]:\n    decode_str(open(p, encoding='utf-8').read())"

def theirs_process():
    subprocess.run([sys.executable, "-c", DECODE_ALL, *files], check=True)

def libyaml_floor():
    subprocess.run([sys.argv[4], *files], check=True, stderr=subprocess.DEVNULL)

mine, inproc, same, process, floor = best((ours, children_cpu), (theirs, own_cpu), (theirs_same_work, own_cpu),
                                           (theirs_process, children_cpu), (libyaml_floor, children_cpu))
print(f"files: {len(files)} templates, {size / 1e6:.2f} MB; best of {runs} runs each; load {os.getloadavg()[0]:.1f}")
print(f"stackcheck roundtrip: read, write JSON+YAML, read both back, compare (whole process)"
      f"  wall {mine[0] * 1000:7.1f} ms  cpu {mine[1] * 1000:7.1f} ms")
print(f"cfn-lint decode_str: read only (in-process, import excluded)                      "
      f"  wall {inproc[0] * 1000:7.1f} ms  cpu {inproc[1] * 1000:7.1f} ms")
print(f"cfn-lint decode + cfn-flip dump: the same work as our roundtrip (in-process)     "
      f"  wall {same[0] * 1000:7.1f} ms  cpu {same[1] * 1000:7.1f} ms")
print(f"cfn-lint decode_str: read only (whole python3 process, as a user runs it)          "
      f"  wall {process[0] * 1000:7.1f} ms  cpu {process[1] * 1000:7.1f} ms")
print(f"libyaml-scan (C): pull each file's libyaml events once, nothing else (whole process)   "
      f"  wall {floor[0] * 1000:7.1f} ms  cpu {floor[1] * 1000:7.1f} ms")
for name, (wall, cpu) in (("in-process decoder (read only)", inproc), ("the same work in-process", same),
                          ("whole decoder process", process)):
    print(f"ratio vs {name}: stackcheck is {wall / mine[0]:.1f}x faster (wall), {cpu / mine[1]:.1f}x (cpu)")
def verdict(ok): return "meets goal" if ok else "MISSES goal"
print(f"goal: at least 10x cfn-lint's decode_str (in-process): {inproc[1] / mine[1]:.1f}x by cpu, "
      f"{inproc[0] / mine[0]:.1f}x by wall ({verdict(inproc[1] / mine[1] >= 10)})")
print(f"goal: within 3.5x of the libyaml floor: {mine[1] / max(floor[1], 1e-4):.2f}x by cpu, "
      f"{mine[0] / floor[0]:.2f}x by wall ({verdict(mine[1] / max(floor[1], 1e-4) <= 3.5)})")


def instructions(argv):
    """Instructions one run executes, counted by valgrind: unlike time, the same however busy the host is, so
    it shows what a change did where the two sides' CPU times move by half from run to run."""
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
    counted = re.search(r"^==\d+== I\s+refs:\s+([\d,]+)", done.stderr, re.M)
    if done.returncode != 0 or not counted:
        sys.exit(f"roundtrip: valgrind could not count {argv[0]} (exit {done.returncode}): {done.stderr[-500:]}")
    return int(counted.group(1).replace(",", ""))

if shutil.which("valgrind"):
    with tempfile.TemporaryDirectory() as work:
        # valgrind cannot read the debug information lld writes; the same code without it counts the same.
        stripped = os.path.join(work, "stackcheck")
        subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
        ours_count = instructions([stripped, "roundtrip", *files])
        floor_count = instructions([sys.argv[4], *files])
    print(f"instructions (valgrind, not moved by the host's load): stackcheck {ours_count / 1e6:.1f} M, "
          f"the floor {floor_count / 1e6:.1f} M: {ours_count / floor_count:.2f}x")
else:
    print("instructions: not counted (no valgrind; scripts/setup --bench installs it)")
PY
