#!/usr/bin/env bash
# drift: `stackcheck drift` of the reference stack on the emulator, and of 50 copies of it in one process
# (stacks and describe calls checked with bounded concurrency), against a boto3 script making the same
# describe calls one after another (no comparing at all, so the baseline is generous to boto3).
# Prints wall times and ratios.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${STACKCHECK_BIN:?run through scripts/bench, which builds and sets STACKCHECK_BIN}"
copies=${BENCH_DRIFT_COPIES:-50}
runs=${BENCH_RUNS:-5}
parallel=${BENCH_DRIFT_PARALLEL:-8}
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-2 AWS_REGION=us-east-2
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL

log=$(mktemp); out=$(mktemp); baseline=$(mktemp --suffix=.py)
python=$(python3 -c 'import sys; print(sys.executable)')
"$python" scripts/emulator.py --port 0 >"$out" 2>"$log" &
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

# The baseline: the describe calls drift makes, per stack, sequentially, with boto3 (one process).
cat >"$baseline" <<'PY'
import sys, boto3
session = boto3.session.Session()
cfn, ecs, logs, iam = (session.client(s) for s in ("cloudformation", "ecs", "logs", "iam"))
ec2, elb, aas = session.client("ec2"), session.client("elbv2"), session.client("application-autoscaling")

def check(stack):
    cfn.describe_stacks(StackName=stack)
    resources = cfn.describe_stack_resources(StackName=stack)["StackResources"]
    cfn.get_template(StackName=stack)
    for r in resources:
        t, pid = r["ResourceType"], r["PhysicalResourceId"]
        if t == "AWS::ECS::Cluster":
            ecs.describe_clusters(clusters=[pid], include=["SETTINGS"])
        elif t == "AWS::ECS::TaskDefinition":
            ecs.describe_task_definition(taskDefinition=pid)
        elif t == "AWS::ECS::Service":
            ecs.describe_services(cluster=pid.split("/")[1], services=[pid])
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
            elb.describe_listeners(ListenerArns=[pid])
        elif t == "AWS::ApplicationAutoScaling::ScalableTarget":
            rid, dim, ns = pid.split("|")
            aas.describe_scalable_targets(ServiceNamespace=ns, ResourceIds=[rid])
        elif t == "AWS::ApplicationAutoScaling::ScalingPolicy":
            aas.describe_scaling_policies(ServiceNamespace="ecs")

for stack in sys.argv[1:]:
    check(stack)
PY

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
stacks=(); for i in $(seq 1 "$copies"); do stacks+=("bench-drift-$i"); done
stack_flags=(); for s in "${stacks[@]}"; do stack_flags+=(--stack "$s"); done

# Warm-up: both sides once, and stackcheck must find the reference stack in sync.
"$STACKCHECK_BIN" drift --stack bench-drift --format json >/dev/null || { echo "drift: reference stack not IN_SYNC" >&2; }
"$python" "$baseline" bench-drift

start=$(now); for _ in $(seq 1 "$runs"); do "$STACKCHECK_BIN" drift --stack bench-drift --format json >/dev/null || true; done
one_ours=$(( $(ms "$start" "$(now)") / runs ))
start=$(now); for _ in $(seq 1 "$runs"); do "$python" "$baseline" bench-drift; done
one_boto=$(( $(ms "$start" "$(now)") / runs ))

start=$(now); "$STACKCHECK_BIN" drift "${stack_flags[@]}" --parallel-stacks "$parallel" --concurrency 8 --format json >/dev/null || true
many_ours=$(ms "$start" "$(now)")
start=$(now); "$python" "$baseline" "${stacks[@]}"
many_boto=$(ms "$start" "$(now)")

ratio() { python3 -c "print(f'{$1 / max($2, 1):.1f}x')"; }
echo "drift, reference stack (24 resources), mean of $runs: stackcheck ${one_ours} ms, boto3 sequential describes ${one_boto} ms: $(ratio "$one_boto" "$one_ours") faster"
echo "drift, $copies copies in one run ($parallel stacks x 8 calls in flight): stackcheck ${many_ours} ms, boto3 sequential ${many_boto} ms: $(ratio "$many_boto" "$many_ours") faster"
