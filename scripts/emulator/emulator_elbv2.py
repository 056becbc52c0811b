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


def _with_attributes_and_tags(create, attributes_key, modify_attributes):
    """moto's create_from_cloudformation_json, then the resource's attributes and tags applied as
    CloudFormation applies them (moto ignores both)."""

    def created(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        resource = create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
        properties = cloudformation_json.get("Properties") or {}
        backend = elbv2_models.elbv2_backends[account_id][region_name]
        if properties.get(attributes_key):
            getattr(backend, modify_attributes)(resource.arn, _attributes(properties[attributes_key]))
        if properties.get("Tags"):
            backend.add_tags([resource.arn], _tags(properties["Tags"]))
        return resource

    return created


_balancer = _with_attributes_and_tags(_create_balancer, "LoadBalancerAttributes", "modify_load_balancer_attributes")
_group = _with_attributes_and_tags(_create_group, "TargetGroupAttributes", "modify_target_group_attributes")


elbv2_models.FakeLoadBalancer.create_from_cloudformation_json = classmethod(_balancer)
elbv2_models.FakeTargetGroup.create_from_cloudformation_json = classmethod(_group)
