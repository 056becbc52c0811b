#!/usr/bin/env bash
# drift: `stackcheck drift` of the reference stack on the emulator, and of 50 copies of it in one process
# (`--stacks-file`; stacks and describe calls checked with bounded concurrency), against a boto3 script
# making the same describe calls one after another (no comparing at all, so the baseline is generous to
# boto3). Prints wall time, client CPU (user+sys, best of N) and peak RSS of each side with their ratios,
# and for 50 stacks the wall time against the emulator's own summed handling time for the same calls
# (emulator_timing.py): a client can be no faster than the server it waits for.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${STACKCHECK_BIN:?run through scripts/bench, which builds and sets STACKCHECK_BIN}"
copies=${BENCH_DRIFT_COPIES:-50}
runs=${BENCH_RUNS:-11}
parallel=${BENCH_DRIFT_PARALLEL:-8}
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-2 AWS_REGION=us-east-2
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL

log=$(mktemp); out=$(mktemp); baseline=$(mktemp --suffix=.py)
python=$(python3 -c 'import sys; print(sys.executable)')
"$python" scripts/emulator/server.py --port 0 >"$out" 2>"$log" &
emulator=$!
trap 'kill $emulator 2>/dev/null; rm -f "$log" "$out" "$baseline"' EXIT
for _ in $(seq 1 300); do grep -q listening "$out" && break; sleep 0.1; done
endpoint=$(awk '/listening/ {print $NF}' "$out")
[ -n "$endpoint" ] || { echo "drift: emulator did not start:" >&2; cat "$log" >&2; exit 2; }
export AWS_ENDPOINT_URL="$endpoint"

# The reference stack and its copies, deployed with boto3 in one process (aws-cli would start 51 times).
"$python" - "$copies" <<'PY'
import json, os, sys, urllib.request
import boto3
copies = int(sys.argv[1])
endpoint = os.environ["AWS_ENDPOINT_URL"]
net = json.load(urllib.request.urlopen(urllib.request.Request(
    endpoint + "/stackcheck/network?region=us-east-2", method="POST")))
cfn = boto3.client("cloudformation")
body = open("Golden/template.json").read()
for i in range(copies + 1):
    name = "bench-drift" if i == 0 else f"bench-drift-{i}"
    params = {"EnvironmentSuffix": f"b{i}", "VpcId": net["VpcId"],
              "PrivateSubnetIds": ",".join(net["PrivateSubnetIds"]), "PublicSubnetIds": ",".join(net["PublicSubnetIds"]),
              "DataIngestionImageUri": "busybox", "TransactionProcessingImageUri": "busybox",
              "ReportGenerationImageUri": "busybox", "XRayImageUri": "xray",
              "SecretsManagerArn": "arn:aws:secretsmanager:us-east-2:123456789012:secret:db-AbCdEf",
              "S3BucketName": f"stackcheck-bench-{i}"}
    cfn.create_stack(StackName=name, TemplateBody=body, Capabilities=["CAPABILITY_NAMED_IAM"],
                     Parameters=[{"ParameterKey": k, "ParameterValue": v} for k, v in params.items()])
    cfn.get_waiter("stack_create_complete").wait(StackName=name, WaiterConfig={"Delay": 1})
PY

# The baseline: the calls drift makes, per stack, with the same parameters, one after another with boto3 (one
# process): the stack, each resource's own describe calls, and the listings drift looks for unmanaged resources in
# (the cluster's services and tasks, the load balancer's listeners, the listener's rules, the stack's tag). The
# measurement below checks that the emulator saw as many requests from each side.
cat >"$baseline" <<'PY'
import sys, boto3
session = boto3.session.Session()
cfn, ecs, logs, iam = (session.client(s) for s in ("cloudformation", "ecs", "logs", "iam"))
ec2, elb, aas = session.client("ec2"), session.client("elbv2"), session.client("application-autoscaling")
tagging = session.client("resourcegroupstaggingapi")

def check(stack):
    cfn.get_template(StackName=stack, TemplateStage="Original")
    resources = cfn.list_stack_resources(StackName=stack)["StackResourceSummaries"]
    cfn.describe_stacks(StackName=stack)
    for r in resources:
        t, pid = r["ResourceType"], r["PhysicalResourceId"]
        if t == "AWS::ECS::Cluster":
            ecs.describe_clusters(clusters=[pid], include=["SETTINGS", "TAGS"])
        elif t == "AWS::ECS::TaskDefinition":
            ecs.describe_task_definition(taskDefinition=pid)
        elif t == "AWS::ECS::Service":
            ecs.describe_services(cluster=pid.split("/")[1], services=[pid], include=["TAGS"])
        elif t == "AWS::IAM::Role":
            iam.get_role(RoleName=pid)
            iam.list_attached_role_policies(RoleName=pid)
            for name in iam.list_role_policies(RoleName=pid)["PolicyNames"]:
                iam.get_role_policy(RoleName=pid, PolicyName=name)
        elif t == "AWS::Logs::LogGroup":
            logs.describe_log_groups(logGroupNamePrefix=pid)
        elif t == "AWS::EC2::SecurityGroup":
            ec2.describe_security_groups(GroupIds=[pid])
        elif t == "AWS::ElasticLoadBalancingV2::LoadBalancer":
            elb.describe_load_balancers(LoadBalancerArns=[pid])
        elif t == "AWS::ElasticLoadBalancingV2::TargetGroup":
            elb.describe_target_groups(TargetGroupArns=[pid])
        elif t == "AWS::ElasticLoadBalancingV2::Listener":
            # The listener's load balancer, from its ARN (`listener/app/name/lb-id/listener-id`).
            balancer = pid.replace(":listener/", ":loadbalancer/").rsplit("/", 1)[0]
            elb.describe_listeners(LoadBalancerArn=balancer)
        elif t == "AWS::ApplicationAutoScaling::ScalableTarget":
            rid, dim, ns = pid.split("|")
            aas.describe_scalable_targets(ServiceNamespace=ns, ResourceIds=[rid])
        elif t == "AWS::ApplicationAutoScaling::ScalingPolicy":
            # `...:resource/<namespace>/<resource id>:policyName/<name>`
            namespace, rid = pid.split(":resource/", 1)[1].split(":policyName/")[0].split("/", 1)
            aas.describe_scaling_policies(ServiceNamespace=namespace, ResourceId=rid)
    # Unmanaged resources: what runs in the stack's cluster, listens on its load balancer, carries its tag.
    for r in resources:
        t, pid = r["ResourceType"], r["PhysicalResourceId"]
        if t == "AWS::ECS::Cluster":
            services = ecs.list_services(cluster=pid)["serviceArns"]
            if services:
                ecs.describe_services(cluster=pid, services=services)
            tasks = ecs.list_tasks(cluster=pid)["taskArns"]
            if tasks:
                ecs.describe_tasks(cluster=pid, tasks=tasks)
        elif t == "AWS::ElasticLoadBalancingV2::LoadBalancer":
            elb.describe_listeners(LoadBalancerArn=pid)
        elif t == "AWS::ElasticLoadBalancingV2::Listener":
            elb.describe_rules(ListenerArn=pid)
    tagging.get_resources(TagFilters=[{"Key": "aws:cloudformation:stack-name", "Values": [stack]}])

for stack in sys.argv[1:]:
    check(stack)
PY

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
stacks_file=$(mktemp --suffix=.json)
trap 'kill $emulator 2>/dev/null; rm -f "$log" "$out" "$baseline" "$stacks_file"' EXIT
"$python" -c 'import json, sys; print(json.dumps([{"name": f"bench-drift-{i}"} for i in range(1, int(sys.argv[1]) + 1)]))' \
    "$copies" >"$stacks_file"
stacks=(); for i in $(seq 1 "$copies"); do stacks+=("bench-drift-$i"); done

handling() { curl -s -X "$1" "$endpoint/stackcheck/handling-time"; }
requests() { "$python" -c 'import json, sys; print(json.loads(sys.argv[1])["requests"])' "$(handling POST)"; }

# Warm-up: both sides once, and stackcheck must find the reference stack in sync. Each side's requests are counted
# by the emulator: a comparison of different work would measure nothing.
handling POST >/dev/null
"$STACKCHECK_BIN" drift --stack bench-drift --format json >/dev/null || { echo "drift: reference stack not IN_SYNC" >&2; exit 2; }
ours_requests=$(requests)
"$python" "$baseline" bench-drift
boto_requests=$(requests)
[ "$ours_requests" = "$boto_requests" ] ||
    { echo "drift: stackcheck made $ours_requests requests and the boto3 baseline $boto_requests" >&2; exit 2; }

# Best of N of wall, CPU (user+sys) and peak RSS, each on its own (a loaded machine only adds to them). The two
# commands take turns, run by run, so that a change in the machine's speed during the measurement (other tenants of
# the host) reaches both sides alike rather than one block of runs. Prints one line per command.
measure() {
    "$python" - "$runs" "$@" <<'PY'
import os, subprocess, sys, tempfile, time
runs, commands = int(sys.argv[1]), [c.split("\x1f") for c in sys.argv[2:]]
samples = [([], [], []) for _ in commands]
for _ in range(runs):
    for command, (walls, cpus, peaks) in zip(commands, samples):
        # CPU and peak RSS of exactly the process measured, from its own wait4: measuring through
        # /usr/bin/time added that program's ~1 ms of CPU to every run, a few percent of stackcheck's.
        with tempfile.TemporaryFile() as errors:
            start = time.perf_counter()
            child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
            _, status, usage = os.wait4(child.pid, 0)
            walls.append(time.perf_counter() - start)
            # A run that failed measured nothing worth comparing.
            if (code := os.waitstatus_to_exitcode(status)) != 0:
                errors.seek(0)
                sys.exit(f"drift: {command[0]} exited {code}: {errors.read().decode().strip()}")
        cpus.append(usage.ru_utime + usage.ru_stime)
        peaks.append(usage.ru_maxrss)  # KiB on Linux
for walls, cpus, peaks in samples:
    print(f"{min(walls) * 1000:.0f} {min(cpus) * 1000:.1f} {min(peaks) / 1024:.1f}")
PY
}
# Each command's words joined by the unit separator, one argument per command.
us=$'\x1f'
{ read -r one_wall one_cpu one_rss; read -r boto_wall boto_cpu boto_rss; } < <(
    measure "$STACKCHECK_BIN${us}drift${us}--stack${us}bench-drift${us}--format${us}json" "$python${us}$baseline${us}bench-drift")

handling POST >/dev/null
start=$(now); "$STACKCHECK_BIN" drift --stacks-file "$stacks_file" --parallel-stacks "$parallel" --concurrency 8 --format json >/dev/null ||
    { echo "drift: the $copies copies were not all IN_SYNC" >&2; exit 2; }
many_ours=$(ms "$start" "$(now)")
ours_served=$(handling POST)
start=$(now); "$python" "$baseline" "${stacks[@]}"
many_boto=$(ms "$start" "$(now)")
boto_served=$(handling POST)

"$python" - "$runs" "$one_wall" "$one_cpu" "$one_rss" "$boto_wall" "$boto_cpu" "$boto_rss" "$copies" "$parallel" \
    "$many_ours" "$ours_served" "$many_boto" "$boto_served" "$ours_requests" <<'PY'
import json, sys
runs, ow, oc, orss, bw, bc, brss, copies, parallel, mo = sys.argv[1:11]
served, mb, boto_served = json.loads(sys.argv[11]), sys.argv[12], json.loads(sys.argv[13])
requests = sys.argv[14]
ow, oc, orss, bw, bc, brss, mo, mb = map(float, (ow, oc, orss, bw, bc, brss, mo, mb))
def verdict(ok): return "meets goal" if ok else "MISSES goal"
print(f"drift, reference stack (24 resources, {requests} requests each side), best of {runs}:")
print(f"  stackcheck drift            wall {ow:6.0f} ms  cpu {oc:6.1f} ms  peak RSS {orss:5.1f} MiB")
print(f"  boto3, the same calls       wall {bw:6.0f} ms  cpu {bc:6.1f} ms  peak RSS {brss:5.1f} MiB")
print(f"  client CPU: stackcheck uses {bc / max(oc, 0.1):.1f}x less than boto3 (goal: at least 20x, "
      f"{verdict(bc / max(oc, 0.1) >= 20)})")
print(f"  peak RSS {orss:.1f} MiB (goal: at most 20 MiB, {verdict(orss <= 20)})")
emulator = served["seconds"] * 1000
print(f"drift, {copies} copies in one run (--stacks-file, {parallel} stacks x 8 calls in flight):")
print(f"  stackcheck {mo:.0f} ms for {served['requests']} requests; the emulator's own handling of them "
      f"{emulator:.0f} ms: {mo / max(emulator, 1):.2f}x (goal: within 1.3x, {verdict(mo <= 1.3 * emulator)})")
print(f"  boto3 sequential {mb:.0f} ms for {boto_served['requests']} requests "
      f"(emulator {boto_served['seconds'] * 1000:.0f} ms): stackcheck is {mb / max(mo, 1):.1f}x faster")
PY
