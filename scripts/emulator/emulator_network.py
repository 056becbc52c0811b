"""AWS::EC2::SecurityGroup for scripts/emulator/server.py: moto 5.2 drops each ingress rule's Description (and
a source group rule's), ignores SecurityGroupEgress, and replaces the group on every update, where
CloudFormation changes rules in place. Imported for its effects."""
from moto.ec2.models import ec2_backends
from moto.ec2.models.security_groups import SecurityGroup

_original_create = SecurityGroup.create_from_cloudformation_json.__func__
_original_update = SecurityGroup.update_from_cloudformation_json.__func__


def _rule_arguments(rule):
    """The backend's authorize arguments for one CloudFormation rule, descriptions kept."""
    ranges, groups, prefixes = [], [], []
    description = {"Description": rule["Description"]} if rule.get("Description") else {}
    if rule.get("CidrIp"):
        ranges.append({"CidrIp": rule["CidrIp"], **description})
    if rule.get("CidrIpv6"):
        ranges.append({"CidrIpv6": rule["CidrIpv6"], **description})
    for key in ("SourceSecurityGroupId", "DestinationSecurityGroupId"):
        if rule.get(key):
            groups.append({"GroupId": rule[key], **description})
    if rule.get("SourceSecurityGroupName"):
        groups.append({"GroupName": rule["SourceSecurityGroupName"], **description})
    for key in ("SourcePrefixListId", "DestinationPrefixListId"):
        if rule.get(key):
            prefixes.append({"PrefixListId": rule[key], **description})
    protocol = str(rule["IpProtocol"])
    return dict(ip_protocol=protocol, from_port=rule.get("FromPort", -1 if protocol == "-1" else None),
                to_port=rule.get("ToPort", -1 if protocol == "-1" else None), ip_ranges=ranges,
                source_groups=groups, prefix_list_ids=prefixes)


def _apply_rules(group, properties, account_id, region_name):
    backend = ec2_backends[account_id][region_name]
    if group.ingress_rules:
        backend.revoke_security_group_ingress(group.id, None, None, None, [],
                                              security_rule_ids=[r.id for r in group.ingress_rules])
    for rule in properties.get("SecurityGroupIngress", []):
        backend.authorize_security_group_ingress(group.id, vpc_id=group.vpc_id, **_rule_arguments(rule))
    if "SecurityGroupEgress" in properties:
        if group.egress_rules:
            backend.revoke_security_group_egress(group.id, None, None, None, [],
                                                 security_rule_ids=[r.id for r in group.egress_rules])
        for rule in properties["SecurityGroupEgress"]:
            backend.authorize_security_group_egress(group.id, vpc_id=group.vpc_id, **_rule_arguments(rule))


def _create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    properties = cloudformation_json["Properties"]
    bare = {**cloudformation_json, "Properties": {k: v for k, v in properties.items() if k != "SecurityGroupIngress"}}
    group = _original_create(cls, resource_name, bare, account_id, region_name, **kwargs)
    _apply_rules(group, properties, account_id, region_name)
    return group


def _update(cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name):
    properties = cloudformation_json["Properties"]
    replaced = (properties.get("GroupDescription") != original_resource.description
                or properties.get("VpcId") != original_resource.vpc_id
                or properties.get("GroupName", original_resource.name) != original_resource.name)
    if replaced:
        return _original_update(cls, original_resource, new_resource_name, cloudformation_json, account_id,
                                region_name)
    for tag in properties.get("Tags", []):
        original_resource.add_tag(tag["Key"], tag["Value"])
    _apply_rules(original_resource, properties, account_id, region_name)
    return original_resource


SecurityGroup.create_from_cloudformation_json = classmethod(_create)
SecurityGroup.update_from_cloudformation_json = classmethod(_update)
