"""Load balancers and target groups as CloudFormation creates them, for scripts/emulator/server.py: moto 5.2's handlers
drop `Tags`, `LoadBalancerAttributes` and `TargetGroupAttributes`; CloudFormation applies them at creation (and
tags the resources with the stack's tags). Imported for its side effects."""
from moto.elbv2 import models as elbv2_models

_create_balancer = elbv2_models.FakeLoadBalancer.create_from_cloudformation_json.__func__
_create_group = elbv2_models.FakeTargetGroup.create_from_cloudformation_json.__func__


def _attributes(items):
    return {item["Key"]: str(item["Value"]).lower() if isinstance(item["Value"], bool) else str(item["Value"])
            for item in items or []}


def _tags(items):
    return [{"Key": item["Key"], "Value": str(item["Value"])} for item in items or []]


def _balancer(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    balancer = _create_balancer(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    properties = cloudformation_json.get("Properties") or {}
    backend = elbv2_models.elbv2_backends[account_id][region_name]
    if properties.get("LoadBalancerAttributes"):
        backend.modify_load_balancer_attributes(balancer.arn, _attributes(properties["LoadBalancerAttributes"]))
    if properties.get("Tags"):
        backend.add_tags([balancer.arn], _tags(properties["Tags"]))
    return balancer


def _group(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    group = _create_group(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    properties = cloudformation_json.get("Properties") or {}
    backend = elbv2_models.elbv2_backends[account_id][region_name]
    if properties.get("TargetGroupAttributes"):
        backend.modify_target_group_attributes(group.arn, _attributes(properties["TargetGroupAttributes"]))
    if properties.get("Tags"):
        backend.add_tags([group.arn], _tags(properties["Tags"]))
    return group


elbv2_models.FakeLoadBalancer.create_from_cloudformation_json = classmethod(_balancer)
elbv2_models.FakeTargetGroup.create_from_cloudformation_json = classmethod(_group)
