"""DeleteStack as CloudFormation behaves, for scripts/emulator/server.py. Imported for its effects.

moto 5.2 deletes a stack's resources inside the DeleteStack call and, when one cannot be deleted,
answers the call itself with a 500. CloudFormation accepts the call, and a resource that cannot be
deleted gets a DELETE_FAILED event with the service's reason; the stack ends DELETE_FAILED ("The
following resource(s) failed to delete: [X]."), keeps its name, and can be deleted again.
moto's S3 also deletes a non-empty bucket's CloudFormation resource silently (and keeps the bucket);
S3 refuses with BucketNotEmpty, which is CloudFormation's most common DELETE_FAILED.
"""
from moto.cloudformation import models as cfn_models
from moto.cloudformation import parsing
from moto.s3 import models as s3_models
from moto.s3.exceptions import BucketNotEmpty
from moto.utilities.utils import get_partition

import emulator_cloudformation

_events_delete_resource = parsing.ResourceMap._delete_resource


def _delete_resource(self, parsed_resource, resource_json):
    try:
        _events_delete_resource(self, parsed_resource, resource_json)
    except Exception as error:  # noqa: BLE001  (any handler error is this resource's failure)
        logical_id = getattr(parsed_resource, "logical_resource_id", "")
        failed = getattr(self, "_stackcheck_delete_failed", {})
        if logical_id not in failed:
            failed[logical_id] = emulator_cloudformation._reason(error)
            emulator_cloudformation._event(self, logical_id, resource_json["Type"], "DELETE_FAILED",
                                           getattr(parsed_resource, "physical_resource_id", ""), failed[logical_id])
        self._stackcheck_delete_failed = failed
        raise


parsing.ResourceMap._delete_resource = _delete_resource


def _stack_delete(self):
    self._add_stack_event("DELETE_IN_PROGRESS", resource_status_reason="User Initiated")
    self.resource_map._stackcheck_delete_failed = {}
    try:
        self.resource_map.delete()
    except Exception:  # noqa: BLE001  (the failing resources carry their reasons in their events)
        failed = list(self.resource_map._stackcheck_delete_failed) or ["unknown"]
        reason = f"The following resource(s) failed to delete: [{', '.join(failed)}]. "
        self._add_stack_event("DELETE_FAILED", resource_status_reason=reason)
        self.status = "DELETE_FAILED"
        self.status_reason = self.stack_status_reason = reason
        return
    self._add_stack_event("DELETE_COMPLETE")
    self.status = "DELETE_COMPLETE"


cfn_models.Stack.delete = _stack_delete

_original_delete_stack = cfn_models.CloudFormationBackend.delete_stack


def _delete_stack(self, name_or_stack_id):
    _original_delete_stack(self, name_or_stack_id)
    # A stack that failed to delete is still a stack, found by its name.
    for stack_id, stack in list(self.deleted_stacks.items()):
        if stack.status == "DELETE_FAILED":
            self.stacks[stack_id] = self.deleted_stacks.pop(stack_id)


cfn_models.CloudFormationBackend.delete_stack = _delete_stack


def _bucket_delete(cls, resource_name, cloudformation_json, account_id, region_name):
    backend = s3_models.s3_backends[account_id][get_partition(region_name)]
    bucket = backend.buckets.get(resource_name)
    if bucket is not None and bucket.keys:
        raise BucketNotEmpty(resource_name)
    backend.delete_bucket(resource_name)


s3_models.FakeBucket.delete_from_cloudformation_json = classmethod(_bucket_delete)
