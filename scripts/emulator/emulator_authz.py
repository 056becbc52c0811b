"""IAM resource-level authorization for scripts/emulator/server.py. Imported for its effects.

With auth on (POST /moto-api/reset-auth), moto checks every request's action but against the resource
"*" for all services but S3, so a policy that names the stack, the cluster or a role is denied
everything. AWS evaluates each action against the ARN of what the request names (the service
authorization reference): this module works that ARN out for the actions stackcheck calls, and
authorizes the request once per resource (DescribeClusters of two clusters needs both).
Actions without a resource type stay on "*", as in AWS.

moto also answers a denied JSON-protocol call (ECS, CloudWatch Logs, Application Auto Scaling) with
the query protocol's XML; AWS answers those in JSON as AccessDeniedException, and so does this module.
"""
from moto.cloudformation.models import cloudformation_backends
from moto import settings
from moto.core.authorization import ActionAuthenticatorMixin
from moto.core.exceptions import JsonRESTError, _RESTError
from moto.iam import access_control
from moto.iam.models import iam_backends
from moto.utilities.utils import get_partition

_STACK_ACTIONS = {
    "CreateChangeSet", "CreateStack", "DeleteChangeSet", "DeleteStack", "DescribeChangeSet",
    "DescribeStackEvents", "DescribeStackResource", "DescribeStackResourceDrifts", "DescribeStackResources",
    "DescribeStacks", "DetectStackDrift", "ExecuteChangeSet", "GetTemplate", "ListStackResources", "UpdateStack",
}
_ROLE_ACTIONS = {"GetRole", "GetRolePolicy", "ListAttachedRolePolicies", "ListRolePolicies"}


def _service(response):
    """The signing name from the Authorization header's credential scope (KEY/DATE/REGION/SERVICE/...)."""
    header = response.headers.get("Authorization") or ""
    scope = header.split("Credential=", 1)[-1].split(",", 1)[0].split("/")
    return scope[3] if len(scope) > 3 else ""


def _stack_arn(response, name):
    if not name:
        return "*"
    if name.startswith("arn:"):
        return name
    backend = cloudformation_backends[response.current_account][response.region]
    for stack in backend.stacks.values():
        if stack.name == name and stack.status != "DELETE_COMPLETE":
            return stack.stack_id
    return f"arn:{get_partition(response.region)}:cloudformation:{response.region}:{response.current_account}:stack/{name}/*"


def _ecs_arn(response, kind, name):
    if name.startswith("arn:"):
        return name
    return f"arn:{get_partition(response.region)}:ecs:{response.region}:{response.current_account}:{kind}/{name}"


def _cluster_name(cluster):
    return cluster.split("cluster/", 1)[-1] if cluster.startswith("arn:") else cluster


def _role_arn(response, name):
    backend = iam_backends[response.current_account][get_partition(response.region)]
    try:
        return backend.get_role(name).arn
    except Exception:  # noqa: BLE001 (a missing role is authorized by its would-be ARN, as AWS does)
        return f"arn:{get_partition(response.region)}:iam::{response.current_account}:role/{name}"


def resources(response):
    """The ARNs AWS authorizes this request against; ["*"] where the action has no resource type."""
    service, action = _service(response), response._get_action()
    if service == "cloudformation" and action in _STACK_ACTIONS:
        return [_stack_arn(response, response._get_param("StackName"))]
    if service == "ecs" and action == "DescribeClusters":
        return [_ecs_arn(response, "cluster", c) for c in (response._get_param("clusters") or ["default"])]
    if service == "ecs" and action == "DescribeServices":
        cluster = _cluster_name(response._get_param("cluster") or "default")
        return [_ecs_arn(response, f"service/{cluster}", s) if not s.startswith("arn:") else s
                for s in (response._get_param("services") or [])] or ["*"]
    if service == "ecs" and action == "DescribeTasks":
        cluster = _cluster_name(response._get_param("cluster") or "default")
        return [_ecs_arn(response, f"task/{cluster}", t) if not t.startswith("arn:") else t
                for t in (response._get_param("tasks") or [])] or ["*"]
    if service == "iam" and action in _ROLE_ACTIONS:
        return [_role_arn(response, response._get_param("RoleName"))]
    if service == "logs" and action == "DescribeLogGroups":
        # AWS names the account's log groups as a whole for this list call, whatever the prefix.
        partition = get_partition(response.region)
        return [f"arn:{partition}:logs:{response.region}:{response.current_account}:log-group::log-stream:"]
    return ["*"]


_original = ActionAuthenticatorMixin._authenticate_and_authorize_normal_action


def _authorize_each(self, resource="*"):
    try:
        auth_on = ActionAuthenticatorMixin.request_count >= settings.INITIAL_NO_AUTH_ACTION_COUNT
        if not auth_on or resource != "*" or not hasattr(self, "_get_param"):
            return _original(self, resource)
        for arn in resources(self):
            _original(self, arn)
    except _RESTError as error:
        if not (self.headers.get("X-Amz-Target") or self.headers.get("x-amz-target")):
            raise
        code = "AccessDeniedException" if error.error_type == "AccessDenied" else error.error_type
        answer = JsonRESTError(code, error.message)
        answer.code = error.code
        raise answer from error


ActionAuthenticatorMixin._authenticate_and_authorize_normal_action = _authorize_each


# moto names the action after the SigV4 signing name; IAM's prefix differs for one service stackcheck calls:
# the Resource Groups Tagging API signs as `tagging` but is authorized as `tag:GetResources`.
_IAM_PREFIXES = {"tagging": "tag"}
_original_request_init = access_control.IAMRequestBase.__init__


def _request_init(self, *args, **kwargs):
    _original_request_init(self, *args, **kwargs)
    prefix, _, name = self._action.partition(":")
    if prefix in _IAM_PREFIXES:
        self._action = f"{_IAM_PREFIXES[prefix]}:{name}"


access_control.IAMRequestBase.__init__ = _request_init
