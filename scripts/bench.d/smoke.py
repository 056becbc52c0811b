#!/usr/bin/env python3
"""bench part `smoke`: one `stackcheck smoke` run against the seed README's aws-cli validation commands and
against a boto3 script making the same calls as smoke, on the same emulator stack (the golden, deployed
with `stackcheck deploy`). Each is timed as a user runs it (a fresh process each time); medians and
ratios are printed. Runs against the local emulator only: set STACKCHECK_BIN to the binary to measure."""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("STACKCHECK_BIN") or os.path.join(ROOT, ".build/release/stackcheck")
STACK, SUFFIX = "ecs-batch-processing-bench", "bench"
RUNS = {"smoke": 15, "aws-cli": 3, "boto3": 5}

# The same calls `stackcheck smoke` makes for this stack, in one process, as a boto3 user would write them.
BOTO3_SCRIPT = """
import boto3, sys
stack = sys.argv[1]
cfn = boto3.client("cloudformation")
status = cfn.describe_stacks(StackName=stack)["Stacks"][0]
resources = cfn.describe_stack_resources(StackName=stack)["StackResources"]
services = [r["PhysicalResourceId"] for r in resources if r["ResourceType"] == "AWS::ECS::Service"]
groups = [r["PhysicalResourceId"] for r in resources if r["ResourceType"] == "AWS::ElasticLoadBalancingV2::TargetGroup"]
described = boto3.client("ecs").describe_services(cluster=services[0].split("/")[1], services=services)["services"]
elbv2 = boto3.client("elbv2")
health = [elbv2.describe_target_health(TargetGroupArn=g)["TargetHealthDescriptions"] for g in groups]
ok = status["StackStatus"] in ("CREATE_COMPLETE", "UPDATE_COMPLETE") and all(
    s["runningCount"] == s["desiredCount"] for s in described) and all(
    sum(t["TargetHealth"]["State"] == "healthy" for t in h) >= 2 for h in health)
sys.exit(0 if ok else 1)
"""


def readme_commands(cluster, service):
    """The seed README's "Validation" section, as written (the ALB DNS, the status, one service)."""
    aws = ["aws", "--region", "us-east-2"]
    return [
        aws + ["cloudformation", "describe-stacks", "--stack-name", STACK, "--query", "Stacks[0].StackStatus"],
        aws + ["cloudformation", "describe-stacks", "--stack-name", STACK, "--query",
               "Stacks[0].Outputs[?OutputKey==`LoadBalancerDNS`].OutputValue", "--output", "text"],
        aws + ["ecs", "list-services", "--cluster", cluster],
        aws + ["ecs", "describe-services", "--cluster", cluster, "--services", service,
               "--query", "services[0].runningCount"],
    ]


def timed(commands, runs, env):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        for command in commands:
            subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def peak_rss_mib(command, env):
    """The smallest peak RSS of three runs (GNU time's %M, in KiB), in MiB."""
    peaks = []
    for _ in range(3):
        done = subprocess.run(["/usr/bin/time", "-f", "%M", *command], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        peaks.append(int(done.stderr.strip().splitlines()[-1]))
    return min(peaks) / 1024


def start_emulator(work):
    env = {**os.environ, "MOTO_ECS_SERVICE_RUNNING": "2"}
    out = open(os.path.join(work, "emulator.out"), "w+")
    process = subprocess.Popen([sys.executable, os.path.join(ROOT, "scripts/emulator/server.py"), "--port", "0"],
                               env=env, stdout=out, stderr=open(os.path.join(work, "emulator.log"), "w"))
    for _ in range(240):
        out.seek(0)
        line = out.read()
        if "listening on" in line:
            return process, line.strip().rsplit(" ", 1)[-1]
        if process.poll() is not None:
            break
        time.sleep(0.25)
    sys.exit("bench smoke: the emulator did not start; see scripts/emulator/server.py")


def main():
    with tempfile.TemporaryDirectory() as work:
        process, endpoint = start_emulator(work)
        try:
            run(endpoint)
        finally:
            process.terminate()
            process.wait()


def deploy(endpoint):
    """The golden deployed as the reference stack, its targets registered; returns the environment to use."""
    env = {**os.environ, "AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": "testing",
           "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "us-east-2", "AWS_DEFAULT_REGION": "us-east-2"}
    env.pop("AWS_PROFILE", None)
    request = urllib.request.Request(f"{endpoint}/stackcheck/network?region=us-east-2", method="POST")
    network = json.load(urllib.request.urlopen(request))
    registry = "123456789012.dkr.ecr.us-east-2.amazonaws.com"
    parameters = {
        "EnvironmentSuffix": SUFFIX, "VpcId": network["VpcId"],
        "PrivateSubnetIds": ",".join(network["PrivateSubnetIds"]),
        "PublicSubnetIds": ",".join(network["PublicSubnetIds"]),
        "DataIngestionImageUri": f"{registry}/data-ingestion:latest",
        "TransactionProcessingImageUri": f"{registry}/transaction-processing:latest",
        "ReportGenerationImageUri": f"{registry}/report-generation:latest",
        "XRayImageUri": "public.ecr.aws/xray/aws-xray-daemon:latest",
        "SecretsManagerArn": "arn:aws:secretsmanager:us-east-2:123456789012:secret:bench-abc123",
        "S3BucketName": "bench-bucket"}
    flags = [arg for key, value in parameters.items() for arg in ("--parameter", f"{key}={value}")]
    subprocess.run([BIN, "deploy", "--stack", STACK, "--template", os.path.join(ROOT, "Golden/template.json"),
                    "--capabilities", "CAPABILITY_NAMED_IAM"] + flags, env=env, check=True, stdout=subprocess.DEVNULL)
    register = ("import boto3,sys; s=sys.argv[1]; a=boto3.client('cloudformation').describe_stack_resource("
                "StackName=s, LogicalResourceId='ALBTargetGroup')['StackResourceDetail']['PhysicalResourceId']; "
                "boto3.client('elbv2').register_targets(TargetGroupArn=a, Targets=[{'Id': '10.0.0.11', 'Port': 8080},"
                " {'Id': '10.0.1.12', 'Port': 8080}])")
    subprocess.run([sys.executable, "-c", register, STACK], env=env, check=True)
    return env


def run(endpoint):
    env = deploy(endpoint)
    smoke = [BIN, "smoke", "--stack", STACK, "--timeout", "0", "--format", "json"]
    envelope = json.loads(subprocess.run(smoke, env=env, capture_output=True, text=True).stdout)
    verdict = envelope["stacks"][0]  # the JSON envelope (README, "One JSON envelope")
    if verdict["status"] != "PASS":
        sys.exit(f"bench smoke: the stack did not pass smoke: {verdict}")
    cluster, service = f"ecs-cluster-{SUFFIX}", f"data-ingestion-service-{SUFFIX}"
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(BOTO3_SCRIPT)
    try:
        results = {
            "smoke": timed([smoke], RUNS["smoke"], env),
            "aws-cli": timed(readme_commands(cluster, service), RUNS["aws-cli"], env),
            "boto3": timed([[sys.executable, script.name, STACK]], RUNS["boto3"], env),
        }
        rss = {"smoke": peak_rss_mib(smoke, env), "boto3": peak_rss_mib([sys.executable, script.name, STACK], env)}
    finally:
        os.unlink(script.name)
    print(f"smoke (6 checks: stack, ALB DNS, 3 services, target health), median of {RUNS['smoke']}: "
          f"{results['smoke'] * 1000:.0f} ms")
    print(f"README aws-cli validation (4 commands; 1 service, no target health), median of {RUNS['aws-cli']}: "
          f"{results['aws-cli'] * 1000:.0f} ms  -> smoke is {results['aws-cli'] / results['smoke']:.1f}x faster")
    print(f"boto3 script, the same calls as smoke, median of {RUNS['boto3']}: {results['boto3'] * 1000:.0f} ms"
          f"  -> smoke is {results['boto3'] / results['smoke']:.1f}x faster")
    verdict = "meets goal" if rss["smoke"] <= 20 else "MISSES goal"
    print(f"peak RSS, best of 3: smoke {rss['smoke']:.1f} MiB (goal: at most 20 MiB, {verdict}); "
          f"boto3 script {rss['boto3']:.1f} MiB")


if __name__ == "__main__":
    main()
