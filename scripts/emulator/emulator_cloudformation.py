"""CloudFormation as CloudFormation behaves, for scripts/emulator/server.py: per-resource stack events, a failing
resource's reason in CREATE_FAILED, rollback, IAM capabilities enforced, list parameters shown as given.
moto 5.2 runs a stack's resources synchronously and raises through the API on the first failure.
Imported for its side effects."""
from moto.cloudformation import models as cfn_models
from moto.cloudformation import parsing
from moto.cloudformation import responses as cfn_responses
from moto.cloudformation.exceptions import CloudFormationError
from moto.core.responses import ActionResult, EmptyResult
from moto.ec2.models import ec2_backends

# --- CloudFormation execution: per-resource events, failures, rollback --------------------------

class ResourceFailed(Exception):
    """A resource's handler failed; carries the logical id so the stack can name it."""

    def __init__(self, logical_id, reason):
        super().__init__(reason)
        self.logical_id = logical_id


def _reason(error):
    code = getattr(error, "code", None) or getattr(error, "error_type", None) or type(error).__name__
    message = getattr(error, "message", None) or str(error)
    return f'Resource handler returned message: "{message}" (HandlerErrorCode: {code})'


def _event(resource_map, logical_id, resource_type, status, physical_id="", reason=None):
    stack = getattr(resource_map, "_stackcheck_stack", None)
    if stack is None:
        return
    stack.events.append(cfn_models.Event(
        stack_id=stack.stack_id, stack_name=stack.name, logical_resource_id=logical_id,
        physical_resource_id=physical_id, resource_type=resource_type, resource_status=status,
        resource_status_reason=reason, resource_properties=None))


def _with_events(original, action):
    def run(logical_id, resource_json, resources_map, account_id, region_name):
        condition = resource_json.get("Condition")
        if action == "CREATE" and condition and not resources_map.lazy_condition_map[condition]:
            return None
        resource_type = resource_json["Type"]
        _event(resources_map, logical_id, resource_type, f"{action}_IN_PROGRESS")
        try:
            resource = original(logical_id, resource_json, resources_map, account_id, region_name)
        except ResourceFailed:
            raise  # a dependency failed; it already reported itself
        except Exception as error:  # noqa: BLE001  (any handler error is a resource failure)
            _event(resources_map, logical_id, resource_type, f"{action}_FAILED", reason=_reason(error))
            raise ResourceFailed(logical_id, _reason(error)) from error
        if resource is not None:
            resource._stackcheck_status = f"{action}_COMPLETE"
            _event(resources_map, logical_id, resource_type, f"{action}_COMPLETE",
                   getattr(resource, "physical_resource_id", ""))
        return resource
    return run


parsing.parse_and_create_resource = _with_events(parsing.parse_and_create_resource, "CREATE")
parsing.parse_and_update_resource = _with_events(parsing.parse_and_update_resource, "UPDATE")

_original_delete_resource = parsing.ResourceMap._delete_resource


def _delete_resource(self, parsed_resource, resource_json):
    logical_id = getattr(parsed_resource, "logical_resource_id", "")
    physical_id = getattr(parsed_resource, "physical_resource_id", "")
    _event(self, logical_id, resource_json["Type"], "DELETE_IN_PROGRESS", physical_id)
    _original_delete_resource(self, parsed_resource, resource_json)
    _event(self, logical_id, resource_json["Type"], "DELETE_COMPLETE", physical_id)


parsing.ResourceMap._delete_resource = _delete_resource

_original_create_resource_map = cfn_models.Stack._create_resource_map


def _create_resource_map(self):
    resource_map = _original_create_resource_map(self)
    resource_map._stackcheck_stack = self  # events need the stack; the map only knows its id
    return resource_map


cfn_models.Stack._create_resource_map = _create_resource_map


def _failed_ids(stack, since):
    return [e.logical_resource_id for e in stack.events[since:] if e.resource_status.endswith("_FAILED")]


def _roll_back_create(stack, since):
    failed = _failed_ids(stack, since)
    stack._add_stack_event("ROLLBACK_IN_PROGRESS", resource_status_reason=(
        f"The following resource(s) failed to create: [{', '.join(failed)}]. Rollback requested by user."))
    resource_map = stack.resource_map
    # Newest first, as CloudFormation deletes: dependents before what they depend on.
    for logical_id, resource in reversed(list(resource_map._parsed_resources.items())):
        if logical_id in resource_map._resource_json_map and hasattr(resource, "logical_resource_id"):
            try:
                resource_map._delete_resource(resource, resource_map._resource_json_map[logical_id])
            except Exception:  # noqa: BLE001  (best effort, as CloudFormation's own rollback)
                pass
            resource_map._parsed_resources.pop(logical_id, None)
    # A rolled-back stack has no live resources; an empty map also stops moto re-creating them lazily.
    resource_map._resource_json_map = {}
    stack._add_stack_event("ROLLBACK_COMPLETE")
    stack.status = "ROLLBACK_COMPLETE"


def _roll_back_update(stack, since, saved):
    failed = _failed_ids(stack, since)
    stack._add_stack_event("UPDATE_ROLLBACK_IN_PROGRESS", resource_status_reason=(
        f"The following resource(s) failed to update: [{', '.join(failed)}]."))
    # Restores the stack's view of its resources; resources created mid-update stay in their backends.
    resource_map = stack.resource_map
    (resource_map._template, resource_map._resource_json_map, resource_map.input_parameters,
     resource_map._parsed_resources) = saved
    stack._add_stack_event("UPDATE_ROLLBACK_COMPLETE")
    stack.status = "UPDATE_ROLLBACK_COMPLETE"


def _snapshot(resource_map):
    return (resource_map._template, dict(resource_map._resource_json_map), resource_map.input_parameters,
            dict(resource_map._parsed_resources))


_original_execute_change_set = cfn_models.CloudFormationBackend.execute_change_set


def _execute_change_set(self, change_set_name, stack_name=None):
    change_set = self.describe_change_set(change_set_name)
    stack = self.stacks[change_set.stack_id]
    since, saved = len(stack.events), _snapshot(stack.resource_map)
    try:
        _original_execute_change_set(self, change_set_name, stack_name)
        # moto keeps the outputs of the empty template a CREATE change set starts from.
        stack._parse_template()
        stack.parameters = change_set.parameters
        stack.description = stack.template_dict.get("Description")
        stack.output_map = stack._create_output_map()
    except ResourceFailed:
        if change_set.change_set_type == "CREATE":
            _roll_back_create(stack, since)
        else:
            _roll_back_update(stack, since, saved)
        change_set.execution_status = "EXECUTE_FAILED"


cfn_models.CloudFormationBackend.execute_change_set = _execute_change_set

_original_create_resources = cfn_models.Stack.create_resources


def _create_resources(self):
    since = len(self.events)
    try:
        _original_create_resources(self)
    except ResourceFailed:
        _roll_back_create(self, since)


cfn_models.Stack.create_resources = _create_resources

_original_stack_update = cfn_models.Stack.update


def _stack_update(self, template, role_arn=None, parameters=None, tags=None):
    since, saved = len(self.events), _snapshot(self.resource_map)
    try:
        _original_stack_update(self, template, role_arn, parameters, tags)
    except ResourceFailed:
        _roll_back_update(self, since, saved)


cfn_models.Stack.update = _stack_update


def _as_input(value):
    return ",".join(str(v) for v in value) if isinstance(value, list) else str(value) if value is not None else None


# moto hands UsePreviousValue the *resolved* value (a list for List<...> parameters) back as input, then
# fails splitting it; CloudFormation reuses the text the stack was given.
cfn_models.Stack.stack_parameters = property(
    lambda self: {k: _as_input(v) for k, v in self.resource_map.resolved_parameters.items()})
# DescribeStacks shows list parameters as the comma-separated text given, and masks NoEcho by key.
cfn_models.Stack.parameter_list = property(lambda self: [
    {"ParameterKey": k,
     "ParameterValue": "****" if k in self.resource_map.no_echo_parameter_keys else _as_input(v)}
    for k, v in self.resource_map.resolved_parameters.items()])


_original_clean_json = parsing.clean_json


def _clean_json(resource_json, resources_map):
    """Fn::GetAZs of "" or of the stack's region lists that region's zones (moto answers us-east-1's)."""
    if isinstance(resource_json, dict) and "Fn::GetAZs" in resource_json:
        region = _original_clean_json(resource_json["Fn::GetAZs"], resources_map) or resources_map["AWS::Region"]
        account = resources_map["AWS::AccountId"]
        zones = [zone.name for zone in ec2_backends[account][region].describe_availability_zones()]
        return zones or [f"{region}{letter}" for letter in "abc"]
    return _original_clean_json(resource_json, resources_map)


parsing.clean_json = _clean_json


# Types CloudFormation replaces on any change: a new physical id that every resource referring to it takes up.
REPLACED_ON_UPDATE = {"AWS::ECS::TaskDefinition"}


def _references(value):
    """Logical ids a template value refers to through Ref, Fn::GetAtt or Fn::Sub."""
    found = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "Ref" and isinstance(item, str):
                found.add(item)
            elif key == "Fn::GetAtt":
                found.add(item[0] if isinstance(item, list) else str(item).split(".")[0])
            elif key == "Fn::Sub":
                text = item[0] if isinstance(item, list) else item
                found.update(part.split("}")[0].split(".")[0] for part in str(text).split("${")[1:])
            found |= _references(item)
    elif isinstance(value, list):
        for item in value:
            found |= _references(item)
    return found


_original_resource_diff = parsing.ResourceMap.build_resource_diff


def _resource_diff(self, other_template, parameters=None):
    """moto's diff, plus what uses a changed parameter through Fn::Sub, and what refers to a resource being
    replaced (moto left those on the old id)."""
    names = _original_resource_diff(self, other_template, parameters)
    resources = other_template.get("Resources", {})
    # moto sees a changed parameter only through Ref; Fn::Sub's ${Param} counts as well.
    changed = {p for p in (parameters or {}) if self.input_parameters.get(p) != parameters[p]}
    names["Modify"].extend(n for n, r in resources.items() if n in self._resource_json_map
                           and n not in names["Modify"] and _references(r) & changed)
    replaced = {n for n in names["Modify"] if resources[n].get("Type") in REPLACED_ON_UPDATE}
    while replaced:
        dependents = [n for n, r in resources.items()
                      if n not in names["Add"] and n not in names["Modify"] and _references(r) & replaced]
        names["Modify"].extend(dependents)
        replaced = {n for n in dependents if resources[n].get("Type") in REPLACED_ON_UPDATE}
    return names


parsing.ResourceMap.build_resource_diff = _resource_diff


def _change_set_diff(self):
    """Changes from the template *and* the parameters: moto's diff ignores parameters, so a parameter-only
    update showed no changes (CloudFormation lists every resource that uses a changed parameter)."""
    resource_map = self.stack.resource_map
    names = resource_map.build_resource_diff(self.template_dict, self.parameters)
    new, old = self.template_dict.get("Resources", {}), resource_map._resource_json_map
    return [cfn_models.Change(action, name, (new.get(name) or old.get(name))["Type"])
            for action in ("Add", "Modify", "Remove") for name in names[action]]


cfn_models.ChangeSet.diff = _change_set_diff


# --- CloudFormation API answers --------------------------------------------------------------

class InsufficientCapabilities(CloudFormationError):
    code = "InsufficientCapabilitiesException"


class UnsupportedOperation(CloudFormationError):
    code = "UnsupportedOperation"


IAM_TYPES = {
    "AWS::IAM::Role": "RoleName", "AWS::IAM::User": "UserName", "AWS::IAM::Group": "GroupName",
    "AWS::IAM::ManagedPolicy": "ManagedPolicyName", "AWS::IAM::InstanceProfile": "InstanceProfileName",
    "AWS::IAM::Policy": None, "AWS::IAM::AccessKey": None, "AWS::IAM::UserToGroupAddition": None,
}


def _required_capability(template_body):
    """CAPABILITY_NAMED_IAM when an IAM resource has a custom name, CAPABILITY_IAM for any other."""
    resources = (cfn_models.Stack.parse_template(template_body) or {}).get("Resources") or {}
    needed = None
    for resource in resources.values():
        if resource.get("Type") in IAM_TYPES:
            name_key = IAM_TYPES[resource["Type"]]
            if name_key and name_key in (resource.get("Properties") or {}):
                return "CAPABILITY_NAMED_IAM"
            needed = "CAPABILITY_IAM"
    return needed


def _check_capabilities(response):
    body = response._get_param("TemplateBody")
    if not body and response._get_param("TemplateURL"):
        body = response._get_stack_from_s3_url(response._get_param("TemplateURL"))
    if not body and response._get_bool_param("UsePreviousTemplate", False):
        body = response.cloudformation_backend.get_stack(response._get_param("StackName")).template
    if not body:
        return
    needed = _required_capability(body)
    given = set(response._get_param("Capabilities", []) or [])
    if needed and needed not in given and "CAPABILITY_NAMED_IAM" not in given:
        raise InsufficientCapabilities(f"Requires capabilities : [{needed}]")


def _checking_capabilities(original, skip_same_update_check=False):
    def run(self):
        _check_capabilities(self)
        if skip_same_update_check:
            # CloudFormation creates a change set without changes and marks it FAILED (moto's backend
            # does that too); only UpdateStack answers "No updates are to be performed." at once.
            self._validate_different_update = lambda *args: None
        return original(self)
    return run


CFN = cfn_responses.CloudFormationResponse
CFN.create_stack = _checking_capabilities(CFN.create_stack)
CFN.update_stack = _checking_capabilities(CFN.update_stack)
CFN.create_change_set = _checking_capabilities(CFN.create_change_set, skip_same_update_check=True)


def _detect_stack_drift(self):
    # A faithful drift detection would have to re-implement CloudFormation's per-type comparison;
    # a clear refusal is better than a made-up answer. `stackcheck drift` compares resources itself.
    raise UnsupportedOperation(
        "CloudFormation drift detection is not supported by the local emulator (moto); use `stackcheck drift`")


# The drift family answers the same clear refusal instead of moto's 500 "not implemented".
for _action in ("detect_stack_drift", "detect_stack_resource_drift", "describe_stack_resource_drifts",
                "describe_stack_drift_detection_status"):
    setattr(CFN, _action, _detect_stack_drift)

_original_resource_dto = cfn_responses.StackResourceDTO.__init__


def _resource_dto(self, stack, resource):
    _original_resource_dto(self, stack, resource)
    self.resource_status = getattr(resource, "_stackcheck_status", stack.status)


cfn_responses.StackResourceDTO.__init__ = _resource_dto


# --- Change sets are named per stack ------------------------------------------------------------
# CloudFormation scopes a change set's name to its stack; moto looks a plain name up across every
# stack, so two stacks that each have a change set called "create" execute (or describe, or delete)
# each other's. Resolve a plain name within the request's stack to the change set's ARN first.

def _change_set_arn(backend, name, stack_name):
    if not name or not stack_name or name.startswith("arn:"):
        return name
    found = [arn for arn, change_set in backend.change_sets.items()
             if change_set.change_set_name == name and stack_name in (change_set.stack_id, backend.stacks[
                 change_set.stack_id].name if change_set.stack_id in backend.stacks else None)]
    return found[-1] if found else name


def _scoped_describe_change_set(self):
    arn = _change_set_arn(self.cloudformation_backend, self._get_param("ChangeSetName"),
                          self._get_param("StackName"))
    return ActionResult(self.cloudformation_backend.describe_change_set(change_set_name=arn))


def _scoped_execute_change_set(self):
    stack_name = self._get_param("StackName")
    arn = _change_set_arn(self.cloudformation_backend, self._get_param("ChangeSetName"), stack_name)
    self.cloudformation_backend.execute_change_set(stack_name=stack_name, change_set_name=arn)
    return EmptyResult()


def _scoped_delete_change_set(self):
    arn = _change_set_arn(self.cloudformation_backend, self._get_param("ChangeSetName"),
                          self._get_param("StackName"))
    self.cloudformation_backend.delete_change_set(change_set_name=arn)
    return EmptyResult()


CFN.describe_change_set = _scoped_describe_change_set
CFN.execute_change_set = _scoped_execute_change_set
CFN.delete_change_set = _scoped_delete_change_set
