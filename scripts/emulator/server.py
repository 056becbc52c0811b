#!/usr/bin/env python3
"""stackcheck's local AWS emulator: moto's server, with CloudFormation made faithful for our stack.

Usage:
    python3 scripts/emulator/server.py [--host 127.0.0.1] [--port 0] [--verbose]

Prints exactly one line on stdout when ready, then serves until killed (or until its parent exits):
    stackcheck-emulator listening on http://127.0.0.1:PORT
Point clients at it with AWS_ENDPOINT_URL=http://127.0.0.1:PORT (or --endpoint-url), any keys
(AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing) and AWS_DEFAULT_REGION=us-east-2.

moto 5.2's CloudFormation drops properties of several types in our stack (DESIGN.md, "Real
components"). This launcher replaces those handlers so every property reaches moto's own backends,
and makes stack execution behave like CloudFormation: per-resource events, CREATE_FAILED with the
service's reason, rollback, capabilities enforced. Never teach the harness to ignore a property the
emulator drops: fix it here. The fixes live beside this file: emulator_cloudformation.py (stack execution,
events, rollback, capabilities, API answers), emulator_models.py (ECS and Application Auto Scaling
handlers), emulator_iam.py (roles), emulator_network.py (security groups), emulator_tasks.py (a service's
tasks: target registration, service events, stopped tasks), emulator_stack_delete.py (DELETE_FAILED) and
emulator_scaling.py (DescribeScalingActivities); emulator_sso.py serves the IAM Identity Center portal's
GetRoleCredentials, and emulator_instance_credentials.py the EC2 instance metadata and ECS container
credential endpoints.
emulator_authz.py makes IAM auth (after /moto-api/reset-auth) check each request's resource ARN, as AWS does.
emulator_stack_names.py keeps one stack per name and one change set per name and stack, and answers a
repeated CreateChangeSet ClientToken with the first change set, as CloudFormation does.
emulator_deploy.py (templates from S3, parameters a change set must have, termination protection),
emulator_elbv2.py (load balancer and target group tags and attributes) and emulator_tagging.py
(GetResources over untagged resources) keep deploys and drift faithful.
emulator_harness.py adds AWS::Scheduler::Schedule and AWS::SNS::TopicPolicy, which the harness stack uses;
emulator_sts.py makes AssumeRole refuse a malformed RoleArn, as STS does.
emulator_stack_resources.py pages ListStackResources (100 a page) with each resource's own status.
emulator_timing.py sums the time moto spends handling requests (GET/POST /stackcheck/handling-time), for benchmarks.
emulator_keepalive.py keeps HTTP/1.1 connections open between calls, as AWS's endpoints do (werkzeug closes each).

Control routes (besides moto's own /moto-api/reset and /moto-api/reset-auth):
    POST /stackcheck/ecs-running?count=N   every service (existing and new) reports N running tasks;
                                           MOTO_ECS_SERVICE_RUNNING=N sets the starting value, and
                                           /moto-api/reset restores it.
    POST /stackcheck/network[?region=R&vpc=ID&private=ID,ID&public=ID,ID]
                                           creates a VPC with two private and two public subnets (with
                                           the ids given, else random) and answers
                                           {"VpcId", "PrivateSubnetIds", "PublicSubnetIds"}.
    POST /stackcheck/ecs-stop-tasks?reason=TEXT[&exit-code=N|none&container-reason=TEXT&service=NAME]
                                           every service (existing and new; or the one named) has its
                                           tasks stop with that reason (stopped tasks, service events): the
                                           running count stays 0. Without reason (or after
                                           /moto-api/reset) tasks run again.
    POST /stackcheck/stack-status?stack=NAME&status=S[&reason=TEXT]
                                           fault injection: sets a stack's status (emulator_stack_status.py).
"""
import argparse
import contextlib
import json
import logging
import os
import signal
import sys
import threading
import time
from urllib.parse import parse_qs

os.environ.setdefault("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")
# Real ECS names services by long ARN (service/cluster/name); moto needs telling.
os.environ.setdefault("MOTO_ECS_NEW_ARN", "true")

from moto.core import DEFAULT_ACCOUNT_ID  # noqa: E402
from moto.ec2.models import ec2_backends  # noqa: E402
from moto.ec2.models import subnets as subnet_models  # noqa: E402
from moto.ec2.models import vpcs as vpc_models  # noqa: E402
from moto.ecs import models as ecs_models  # noqa: E402
from moto.ecs import responses as ecs_responses  # noqa: E402
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import emulator_cloudformation  # noqa: E402,F401  (stack execution and API answers; see that file)
import emulator_models  # noqa: E402,F401  (resource handlers that pass every property; see that file)
import emulator_iam  # noqa: E402,F401  (roles: managed policies, JSON policy documents)
import emulator_network  # noqa: E402,F401  (security group rules as CloudFormation makes them)
import emulator_tasks  # noqa: E402  (tasks: target registration, service events, stopped tasks)
import emulator_stack_delete  # noqa: E402,F401  (DeleteStack: DELETE_FAILED with the resource's reason)
import emulator_scaling  # noqa: E402  (Application Auto Scaling's scaling activities)
import emulator_sso  # noqa: E402  (the SSO portal's GetRoleCredentials)
import emulator_instance_credentials  # noqa: E402  (IMDS and ECS container credentials)
import emulator_authz  # noqa: E402,F401  (IAM auth against the ARN each request names, not "*")
import emulator_stack_resources  # noqa: E402,F401  (ListStackResources: pages of 100, each resource's status)
import emulator_deploy  # noqa: E402,F401  (TemplateURL, missing parameters, termination protection)
import emulator_elbv2  # noqa: E402,F401  (load balancer and target group tags and attributes)
import emulator_tagging  # noqa: E402,F401  (Resource Groups Tagging API over untagged resources)
import emulator_stack_status  # noqa: E402,F401  (fault injection: POST /stackcheck/stack-status)
import emulator_stack_names  # noqa: E402,F401  (one stack per name; change set names and ClientToken as AWS keeps them)
import emulator_harness  # noqa: E402,F401  (AWS::Scheduler::Schedule and AWS::SNS::TopicPolicy for the harness stack)
import emulator_sts  # noqa: E402,F401  (AssumeRole refuses a malformed RoleArn, as STS does)
import emulator_timing  # noqa: E402,F401  (GET/POST /stackcheck/handling-time: moto's summed handling time)
import emulator_keepalive  # noqa: E402  (HTTP/1.1 connections kept alive, as AWS keeps them)

INITIAL_RUNNING = os.environ.get("MOTO_ECS_SERVICE_RUNNING", "0")


# --- ECS API answers ---------------------------------------------------------------------------

def _update_cluster_settings(self):
    cluster = self.ecs_backend.update_cluster(
        cluster_name=self._get_param("cluster"), cluster_settings=self._get_param("settings"),
        configuration=None, service_connect_defaults=None)
    return ecs_responses.ActionResult({"cluster": cluster})


ecs_responses.EC2ContainerServiceResponse.update_cluster_settings = _update_cluster_settings


def set_running(count):
    """Every service reports `count` running tasks, as MOTO_ECS_SERVICE_RUNNING does at creation."""
    os.environ["MOTO_ECS_SERVICE_RUNNING"] = str(count)
    for backend in _all_backends(ecs_models.ecs_backends):
        for service in backend.services.values():
            emulator_models.apply_running(service)


def _all_backends(backend_dict):
    for account_id in list(backend_dict.keys()):
        for region in list(backend_dict[account_id].keys()):
            yield backend_dict[account_id][region]


def create_network(region, vpc_id=None, private_ids=(), public_ids=()):
    """A VPC with two private and two public subnets. Ids may be chosen, so that a README's literal
    prerequisites (vpc-0123456789abcdef0, subnet-abc123, ...) exist and its commands run verbatim."""
    ec2 = ec2_backends[DEFAULT_ACCOUNT_ID][region]
    with _pinned_id(vpc_models, "random_vpc_id", vpc_id):
        vpc = ec2.create_vpc("10.0.0.0/16")
    chosen = list(private_ids or [None, None])[:2] + list(public_ids or [None, None])[:2]
    subnets = []
    for i, subnet_id in enumerate(chosen):
        with _pinned_id(subnet_models, "random_subnet_id", subnet_id):
            subnets.append(ec2.create_subnet(vpc.id, f"10.0.{i}.0/24", availability_zone=f"{region}{'ab'[i % 2]}"))
    return {"VpcId": vpc.id, "PrivateSubnetIds": [s.id for s in subnets[:2]],
            "PublicSubnetIds": [s.id for s in subnets[2:]]}


@contextlib.contextmanager
def _pinned_id(module, generator, value):
    """moto draws ids from module-level generators; pin one for a single create call (under the lock)."""
    original = getattr(module, generator)
    if value:
        setattr(module, generator, lambda: value)
    try:
        yield
    finally:
        setattr(module, generator, original)


# --- The server ----------------------------------------------------------------------------------

class Emulator:
    """moto's WSGI app behind one lock (moto's backends are not thread-safe) plus our control routes."""

    # The services stackcheck and its tests call. moto builds a service's app (importing its models) on the
    # first call to it, under the lock: CloudFormation's imports every service's models, 2-3 s on an idle
    # machine and 20-30 s on a loaded one, so the first calls to a fresh emulator, and every call queued
    # behind them, ran out of time. AWS has no such first-call cost: the apps are built before we listen.
    WARM_SERVICES = ("cloudformation", "ecs", "iam", "sts", "logs", "elbv2", "ec2", "applicationautoscaling",
                     "s3", "secretsmanager", "resourcegroupstaggingapi", "moto_api")

    def __init__(self):
        self.app = DomainDispatcherApplication(create_backend_app)
        self.lock = threading.Lock()
        for service in self.WARM_SERVICES:
            self.app.app_instances[service] = create_backend_app(service)

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        query = parse_qs(environ.get("QUERY_STRING", ""))
        with self.lock:
            if path == "/stackcheck/ecs-running":
                set_running(max(int(query.get("count", ["0"])[0]), 0))
                return self._json(start_response, {"count": int(os.environ["MOTO_ECS_SERVICE_RUNNING"])})
            if path == "/stackcheck/network":
                ids = {key: query.get(key, [""])[0] for key in ("vpc", "private", "public")}
                return self._json(start_response, create_network(
                    query.get("region", ["us-east-2"])[0], ids["vpc"] or None,
                    [i for i in ids["private"].split(",") if i], [i for i in ids["public"].split(",") if i]))
            if path == "/stackcheck/ecs-stop-tasks":
                reason = query.get("reason", [""])[0]
                code = query.get("exit-code", ["1"])[0]
                emulator_tasks.stop_tasks(reason, int(code) if code.lstrip("-").isdigit() else None,
                                          query.get("container-reason", [None])[0], query.get("service", [None])[0])
                set_running(int(os.environ.get("MOTO_ECS_SERVICE_RUNNING", "0") or 0))
                return self._json(start_response, {"reason": reason or None})
            if path == "/moto-api/reset":
                os.environ["MOTO_ECS_SERVICE_RUNNING"] = INITIAL_RUNNING
                emulator_tasks.reset()
                emulator_scaling.reset()
            for facet in (emulator_sso, emulator_instance_credentials):
                answer = facet.handle(environ, start_response)
                if answer is not None:
                    return answer
            return list(self.app(environ, start_response))

    @staticmethod
    def _json(start_response, value):
        body = json.dumps(value).encode()
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]


def _exit_with_parent():
    """Tests may crash without stopping us; an orphaned emulator must not live on."""
    parent = os.getppid()
    while True:
        time.sleep(1)
        if os.getppid() != parent:
            os._exit(0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--verbose", action="store_true", help="log every request on stderr")
    parser.add_argument("--no-parent-watch", action="store_true",
                        help="keep serving after the process that started us exits")
    args = parser.parse_args()
    # A parent may start us with signals blocked or ignored (Swift's Process does, from a pool thread):
    # without this, SIGTERM would never stop the server.
    signal.pthread_sigmask(signal.SIG_SETMASK, set())
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    signal.signal(signal.SIGINT, lambda *_: os._exit(0))
    if not args.verbose:
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = make_server(args.host, args.port, Emulator(), threaded=True, request_handler=emulator_keepalive.RequestHandler)
    if not args.no_parent_watch and os.getppid() != 1:
        threading.Thread(target=_exit_with_parent, daemon=True).start()
    print(f"stackcheck-emulator listening on http://{args.host}:{server.server_port}", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
