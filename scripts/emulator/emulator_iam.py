"""AWS::IAM::Role for scripts/emulator/server.py: ManagedPolicyArns attached (moto ignores them), inline policy
documents kept as JSON (moto keeps the Python repr of the dict), updates in place. Imported for its effects."""
import json

from moto.iam import models as iam
from moto.utilities.utils import get_partition


def _replace(cls, name, function):
    setattr(cls, name, classmethod(function))


# --- AWS::IAM::Role ------------------------------------------------------------------------------

_role_create = iam.Role.create_from_cloudformation_json.__func__
_role_delete = iam.Role.delete_from_cloudformation_json.__func__


def _sync_managed_policies(role, arns, account_id, region_name):
    backend = iam.iam_backends[account_id][get_partition(region_name)]
    for arn in set(role.managed_policies) - set(arns):
        backend.detach_role_policy(arn, role.name)
    for arn in arns:
        if arn not in role.managed_policies:
            backend.attach_role_policy(arn, role.name)


def _json_policies(cloudformation_json):
    """Inline policy documents as JSON text, as IAM keeps them (moto stores the Python repr of the dict)."""
    p = cloudformation_json["Properties"]
    policies = [{**policy, "PolicyDocument": policy["PolicyDocument"] if isinstance(policy["PolicyDocument"], str)
                 else json.dumps(policy["PolicyDocument"])} for policy in p.get("Policies", [])]
    return {**cloudformation_json, "Properties": {**p, "Policies": policies}}


def _role_create_with_policies(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    cloudformation_json = _json_policies(cloudformation_json)
    role = _role_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    _sync_managed_policies(role, cloudformation_json["Properties"].get("ManagedPolicyArns", []), account_id,
                           region_name)
    return role


def _role_update(cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name):
    p = cloudformation_json["Properties"]
    role = original_resource
    if p.get("RoleName", role.name) != role.name:
        _role_delete_with_policies(cls, role.name, cloudformation_json, account_id, region_name)
        return _role_create_with_policies(cls, new_resource_name, cloudformation_json, account_id, region_name)
    role.description = p.get("Description", "")
    role.max_session_duration = p.get("MaxSessionDuration", 3600)
    role.policies = {}
    for policy in _json_policies(cloudformation_json)["Properties"]["Policies"]:
        role.put_policy(policy["PolicyName"], policy["PolicyDocument"])
    _sync_managed_policies(role, p.get("ManagedPolicyArns", []), account_id, region_name)
    return role


def _role_delete_with_policies(cls, resource_name, cloudformation_json, account_id, region_name):
    backend = iam.iam_backends[account_id][get_partition(region_name)]
    for role in list(backend.roles.values()):
        if role.name == resource_name:
            _sync_managed_policies(role, [], account_id, region_name)
    _role_delete(cls, resource_name, cloudformation_json, account_id, region_name)


_replace(iam.Role, "create_from_cloudformation_json", _role_create_with_policies)
_replace(iam.Role, "update_from_cloudformation_json", _role_update)
_replace(iam.Role, "delete_from_cloudformation_json", _role_delete_with_policies)
