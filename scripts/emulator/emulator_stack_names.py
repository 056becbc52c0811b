"""Stack names and change set names as CloudFormation keeps them.

moto 5.2 makes a new stack for every CREATE change set, even when a stack of that name already exists,
so a CreateChangeSet sent twice (a client retrying after its first answer was lost) leaves two stacks of
one name: DescribeStacks by name then answers with the stale REVIEW_IN_PROGRESS one while the other is
deployed. CloudFormation instead:
- refuses a CREATE change set for a name whose stack exists and is past review
  (AlreadyExistsException "Stack [NAME] already exists");
- adds a CREATE change set to the stack that is still REVIEW_IN_PROGRESS rather than making another;
- refuses a second change set of the same name on one stack
  (AlreadyExistsException "ChangeSet [NAME] already exists"),
- unless it carries the same ClientToken as the first, when it answers with the first one: that is how
  a retried request is told apart from a new one (CreateChangeSet's ClientToken parameter).
"""
import threading

from moto.cloudformation import models as cfn_models
from moto.cloudformation import responses as cfn_responses
from moto.cloudformation.exceptions import AlreadyExistsException

_original_backend_create = cfn_models.CloudFormationBackend.create_change_set
_original_response_create = cfn_responses.CloudFormationResponse.create_change_set
# The ClientToken of the request being handled, from the response layer to the backend.
_request = threading.local()


def _live_stack_named(backend, name):
    for stack in backend.stacks.values():
        if stack.name == name and stack.status != "DELETE_COMPLETE":
            return stack
    return None


def _create_change_set(self, stack_name, change_set_name, *args, **kwargs):
    client_token = getattr(_request, "client_token", None)
    change_set_type = kwargs.get("change_set_type", args[3] if len(args) > 3 else "CREATE")
    existing = _live_stack_named(self, stack_name)
    if existing is not None:
        for change_set in self.change_sets.values():
            if change_set.stack_id == existing.stack_id and change_set.change_set_name == change_set_name:
                if client_token and getattr(change_set, "client_token", None) == client_token:
                    return change_set.change_set_id, existing.stack_id
                raise AlreadyExistsException(f"ChangeSet [{change_set_name}] already exists")
    if change_set_type != "CREATE" or existing is None:
        change_set_id, stack_id = _original_backend_create(self, stack_name, change_set_name, *args, **kwargs)
        self.change_sets[change_set_id].client_token = client_token
        return change_set_id, stack_id
    if existing.status != "REVIEW_IN_PROGRESS":
        raise AlreadyExistsException(f"Stack [{stack_name}] already exists")
    # Still in review: the new change set belongs to that stack; drop the stack moto made for it.
    change_set_id, new_stack_id = _original_backend_create(self, stack_name, change_set_name, *args, **kwargs)
    change_set = self.change_sets[change_set_id]
    change_set.stack, change_set.stack_id, change_set.stack_name = existing, existing.stack_id, existing.name
    change_set.client_token = client_token
    self.stacks.pop(new_stack_id, None)
    return change_set_id, existing.stack_id


def _create_change_set_response(self):
    _request.client_token = self._get_param("ClientToken")
    try:
        return _original_response_create(self)
    finally:
        _request.client_token = None


cfn_models.CloudFormationBackend.create_change_set = _create_change_set
cfn_responses.CloudFormationResponse.create_change_set = _create_change_set_response
