"""The credential endpoints of EC2 and ECS for scripts/emulator/server.py, which moto's server does not answer
on its own address: IMDSv2 (PUT /latest/api/token, GET /latest/meta-data/iam/security-credentials/[ROLE])
and the ECS agent's task-role endpoint (GET /stackcheck/container-credentials).

Both hand out credentials from moto's own assume_role (role `ec2-instance-role` or `ecs-task-role` in the
default account), so GetCallerIdentity answers with that assumed role, as AWS does for an instance or a
task role. Point clients at them with AWS_EC2_METADATA_SERVICE_ENDPOINT=<emulator> or
AWS_CONTAINER_CREDENTIALS_FULL_URI=<emulator>/stackcheck/container-credentials.
Imported by scripts/emulator/server.py, which calls handle().
"""
import json

from moto.core import DEFAULT_ACCOUNT_ID
from moto.sts.models import sts_backends

INSTANCE_ROLE = "ec2-instance-role"
TASK_ROLE = "ecs-task-role"
CREDENTIALS_PATH = "/latest/meta-data/iam/security-credentials/"


def handle(environ, start_response):
    """The answer for an instance- or container-credentials path; None for anything else."""
    path = environ.get("PATH_INFO", "")
    method = environ.get("REQUEST_METHOD")
    if path == "/latest/api/token" and method == "PUT":
        return _reply(start_response, "text/plain", b"stackcheck-emulator-imds-token")
    if path.startswith(CREDENTIALS_PATH) and method == "GET":
        # IMDSv2 only, as instances configured with HttpTokens=required answer.
        if not environ.get("HTTP_X_AWS_EC2_METADATA_TOKEN"):
            return _reply(start_response, "text/plain", b"", "401 Unauthorized")
        role = path[len(CREDENTIALS_PATH):]
        if not role:
            return _reply(start_response, "text/plain", INSTANCE_ROLE.encode())
        if role != INSTANCE_ROLE:
            return _reply(start_response, "text/plain", b"", "404 Not Found")
        return _credentials(start_response, INSTANCE_ROLE, "i-0123456789abcdef0", {"Code": "Success", "Type": "AWS-HMAC"})
    if path == "/stackcheck/container-credentials" and method == "GET":
        return _credentials(start_response, TASK_ROLE, "ecs-task", {"RoleArn": _arn(TASK_ROLE)})
    return None


def _arn(role):
    return f"arn:aws:iam::{DEFAULT_ACCOUNT_ID}:role/{role}"


def _credentials(start_response, role_name, session, extra):
    role = sts_backends[DEFAULT_ACCOUNT_ID]["aws"].assume_role(
        region_name="us-east-1", role_session_name=session, role_arn=_arn(role_name), policy=None,
        duration=3600, external_id=None)
    body = {**extra, "AccessKeyId": role.access_key_id, "SecretAccessKey": role.secret_access_key,
            "Token": role.session_token, "Expiration": role.expiration.strftime("%Y-%m-%dT%H:%M:%SZ")}
    return _reply(start_response, "application/json", json.dumps(body).encode())


def _reply(start_response, content_type, data, status="200 OK"):
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(data)))])
    return [data]
