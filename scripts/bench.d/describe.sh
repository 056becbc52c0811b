#!/usr/bin/env bash
# describe: one `stackcheck describe --stack S` against the emulator, versus what a user would run with
# aws-cli for the same facts (`describe-stacks` + `describe-stack-resources`), on the same endpoint and
# stack (the golden template, deployed through the emulator). Prints mean wall time per run and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${STACKCHECK_BIN:?run through scripts/bench, which builds and sets STACKCHECK_BIN}"
runs=${BENCH_RUNS:-10}
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-2 AWS_REGION=us-east-2
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL

log=$(mktemp); out=$(mktemp)
# The interpreter itself (not a version-manager shim), so the pid we kill at exit is the server's.
python=$(python3 -c 'import sys; print(sys.executable)')
"$python" scripts/emulator/server.py --port 0 >"$out" 2>"$log" &
emulator=$!
trap 'kill $emulator 2>/dev/null; rm -f "$log" "$out"' EXIT
for _ in $(seq 1 300); do grep -q listening "$out" && break; sleep 0.1; done
endpoint=$(awk '/listening/ {print $NF}' "$out")
[ -n "$endpoint" ] || { echo "describe: emulator did not start:" >&2; cat "$log" >&2; exit 2; }

network=$(curl -s -X POST "$endpoint/stackcheck/network?region=us-east-2")
field() { python3 -c "import json,sys; v=json.loads(sys.argv[1])[sys.argv[2]]; print(','.join(v) if isinstance(v,list) else v)" "$network" "$1"; }
stack=bench-describe
aws --endpoint-url "$endpoint" cloudformation create-stack --stack-name "$stack" \
    --template-body file://Golden/template.json --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM \
    --parameters ParameterKey=EnvironmentSuffix,ParameterValue=bench ParameterKey=VpcId,ParameterValue="$(field VpcId)" \
    "ParameterKey=PrivateSubnetIds,ParameterValue=\"$(field PrivateSubnetIds)\"" \
    "ParameterKey=PublicSubnetIds,ParameterValue=\"$(field PublicSubnetIds)\"" \
    ParameterKey=DataIngestionImageUri,ParameterValue=busybox ParameterKey=TransactionProcessingImageUri,ParameterValue=busybox \
    ParameterKey=ReportGenerationImageUri,ParameterValue=busybox ParameterKey=XRayImageUri,ParameterValue=xray \
    ParameterKey=SecretsManagerArn,ParameterValue=arn:aws:secretsmanager:us-east-2:123456789012:secret:db-AbCdEf \
    ParameterKey=S3BucketName,ParameterValue=stackcheck-bench >/dev/null
aws --endpoint-url "$endpoint" cloudformation wait stack-create-complete --stack-name "$stack"

now() { date +%s%N; }
# One warm-up of each, so neither side pays first-run costs in the measurement.
"$STACKCHECK_BIN" describe --stack "$stack" --endpoint-url "$endpoint" --format json >/dev/null
aws --endpoint-url "$endpoint" cloudformation describe-stacks --stack-name "$stack" >/dev/null

start=$(now)
for _ in $(seq 1 "$runs"); do
    "$STACKCHECK_BIN" describe --stack "$stack" --endpoint-url "$endpoint" --format json >/dev/null
done
ours=$(( ($(now) - start) / runs / 1000000 ))

start=$(now)
for _ in $(seq 1 "$runs"); do
    aws --endpoint-url "$endpoint" cloudformation describe-stacks --stack-name "$stack" >/dev/null
    aws --endpoint-url "$endpoint" cloudformation describe-stack-resources --stack-name "$stack" >/dev/null
done
theirs=$(( ($(now) - start) / runs / 1000000 ))

resources=$("$STACKCHECK_BIN" describe --stack "$stack" --endpoint-url "$endpoint" --format json \
    | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["stacks"][0]["resources"]))')
echo "describe: stack with $resources resources on the emulator, mean of $runs runs"
echo "  stackcheck describe --format json                  ${ours} ms"
echo "  aws describe-stacks + describe-stack-resources     ${theirs} ms"
python3 -c "print(f'  ratio (aws-cli / stackcheck)                       {$theirs / max($ours, 1):.1f}x')"
