"""Deploy-time CloudFormation behaviour for scripts/emulator/server.py: templates read from S3 by a path-style URL on any
host, parameters every change set must have values for, and termination protection. Imported for its side effects.
"""
from urllib.parse import urlparse

from moto.cloudformation import models as cfn_models
from moto.cloudformation import responses as cfn_responses
from moto.cloudformation import utils as cfn_utils
from moto.cloudformation.exceptions import ValidationError
from moto.core.responses import ActionResult, EmptyResult

CFN = cfn_responses.CloudFormationResponse

_original_s3_url = cfn_utils.get_stack_from_s3_url


def _get_stack_from_s3_url(template_url, account_id, partition):
    """CloudFormation reads `https://s3.<region>.amazonaws.com/<bucket>/<key>` (path-style) as well as virtual
    hosts; moto takes any host that is not an S3 host for `<bucket>.<host>`, so the emulator's own path-style URL
    (`http://127.0.0.1:PORT/<bucket>/<key>`) named a bucket "127". A loopback or IP host is path-style."""
    host = urlparse(template_url).hostname or ""
    if host in ("localhost",) or host.replace(".", "").isdigit():
        from moto.s3.models import s3_backends
        bucket, key = urlparse(template_url).path.lstrip("/").split("/", 1)
        obj = s3_backends[account_id][partition].get_object(bucket, key)
        return obj.value.decode("utf-8")
    return _original_s3_url(template_url, account_id, partition)


cfn_utils.get_stack_from_s3_url = _get_stack_from_s3_url
cfn_responses.get_stack_from_s3_url = _get_stack_from_s3_url
cfn_models.get_stack_from_s3_url = _get_stack_from_s3_url


def template_body(response):
    """The request's template: TemplateBody, else the object TemplateURL names, else the stack's (previous)."""
    body = response._get_param("TemplateBody")
    url = response._get_param("TemplateURL")
    if not body and url:
        body = response._get_stack_from_s3_url(url)
    return body


def _missing_parameters(response):
    """CloudFormation refuses a change set that leaves a parameter without a value (given, kept with
    UsePreviousValue, or a Default) at once: `Parameters: [A, B] must have values`. moto accepted it and then failed
    executing it with "Missing parameter", after wiping the stack's parameters."""
    body = template_body(response)
    if not body and response._get_bool_param("UsePreviousTemplate", False):
        body = response.cloudformation_backend.get_stack(response._get_param("StackName")).template
    declared = ((cfn_models.Stack.parse_template(body) if body else None) or {}).get("Parameters") or {}
    given = {p["ParameterKey"] for p in response._get_param("Parameters", []) or []
             if "ParameterValue" in p or p.get("UsePreviousValue") in (True, "true")}
    missing = [name for name, slot in declared.items() if name not in given and "Default" not in (slot or {})]
    if missing:
        raise ValidationError(message=f"Parameters: [{', '.join(missing)}] must have values")


def _checking_parameters(original):
    def run(self):
        _missing_parameters(self)
        return original(self)
    return run


CFN.create_change_set = _checking_parameters(CFN.create_change_set)


def _update_termination_protection(self):
    stack = self.cloudformation_backend.get_stack(self._get_param("StackName"))
    stack.enable_termination_protection = self._get_bool_param("EnableTerminationProtection", False)
    return ActionResult({"StackId": stack.stack_id})


CFN.update_termination_protection = _update_termination_protection

_original_delete_stack = CFN.delete_stack


def _delete_stack(self):
    """A protected stack is not deleted: CloudFormation answers ValidationError and leaves it."""
    name = self._get_param("StackName")
    try:
        stack = self.cloudformation_backend.get_stack(name)
    except Exception:  # noqa: BLE001  (moto's own answer for a missing stack)
        stack = None
    if stack is not None and getattr(stack, "enable_termination_protection", False):
        raise ValidationError(message=(
            f"Stack [{name}] cannot be deleted while TerminationProtection is enabled"))
    return _original_delete_stack(self)


CFN.delete_stack = _delete_stack

_diff_with_parameters = cfn_models.ChangeSet.diff


def _diff_with_replacement(self):
    """CloudFormation marks each Modify with Replacement True or False; moto left it out. Types replaced on any
    change (emulator_cloudformation.REPLACED_ON_UPDATE) are True, the rest are updated in place."""
    import emulator_cloudformation
    changes = _diff_with_parameters(self)
    for change in changes:
        if change.action == "Modify":
            change.replacement = "True" if change.resource_type in emulator_cloudformation.REPLACED_ON_UPDATE \
                else "False"
    return changes


cfn_models.ChangeSet.diff = _diff_with_replacement


# --- DisableRollback: a failed execution stops where it failed ---------------------------------

def _execute_change_set_keeping(original):
    def run(self):
        # CloudFormation leaves a failed stack as it is (CREATE_FAILED, UPDATE_FAILED) when asked to; the
        # rollback functions of emulator_cloudformation look at this mark.
        stack_name = self._get_param("StackName")
        disable = self._get_bool_param("DisableRollback", False)
        for stack in self.cloudformation_backend.stacks.values():
            if stack_name in (stack.name, stack.stack_id):
                stack._stackcheck_disable_rollback = disable
        return original(self)
    return run


CFN.execute_change_set = _execute_change_set_keeping(CFN.execute_change_set)


def _keeping(original, failed_status):
    def run(stack, since, *rest):
        if not getattr(stack, "_stackcheck_disable_rollback", False):
            return original(stack, since, *rest)
        stack._add_stack_event(failed_status, resource_status_reason="Rollback disabled (DisableRollback)")
        stack.status = failed_status
    return run


def _install_disable_rollback():
    import emulator_cloudformation
    emulator_cloudformation._roll_back_create = _keeping(emulator_cloudformation._roll_back_create, "CREATE_FAILED")
    emulator_cloudformation._roll_back_update = _keeping(emulator_cloudformation._roll_back_update, "UPDATE_FAILED")


_install_disable_rollback()


# --- A resource that failed to update fails once ---------------------------------------------------
# moto's update makes several passes over the resources to modify, retrying any that raised (for dependency
# order), so one failing handler reported UPDATE_FAILED four times. CloudFormation does not retry a handler's
# failure: the first one stands and the update rolls back.

def _install_update_once():
    import emulator_cloudformation
    from moto.cloudformation import parsing
    with_events = parsing.parse_and_update_resource

    def update_once(logical_id, resource_json, resources_map, account_id, region_name):
        failed = resources_map.__dict__.setdefault("_stackcheck_failed", {})
        if logical_id in failed:
            raise failed[logical_id]
        try:
            return with_events(logical_id, resource_json, resources_map, account_id, region_name)
        except emulator_cloudformation.ResourceFailed as error:
            failed[logical_id] = error
            raise

    parsing.parse_and_update_resource = update_once
    apply = cfn_models.ChangeSet.apply

    def apply_fresh(self):
        self.stack.resource_map.__dict__.pop("_stackcheck_failed", None)
        return apply(self)

    cfn_models.ChangeSet.apply = apply_fresh


_install_update_once()
