"""ListStackResources as CloudFormation answers it: pages of at most 100 summaries with a NextToken,
and each resource's own status.

moto 5.2 answers every resource in one page and every status as CREATE_COMPLETE. CloudFormation pages
the list (stackcheck reads every page, so a stack past 100 resources is read whole; DescribeStackResources
stops at 100), and reports each resource's status as it stands (the launcher records it as
`_stackcheck_status`, as DescribeStackResources already answers it).

Hooked in by importing this module from scripts/emulator/server.py.
"""
from moto.cloudformation import responses as cfn_responses
from moto.core.responses import ActionResult

PAGE_SIZE = 100


def _list_stack_resources(self):
    stack = self.cloudformation_backend.get_stack(self._get_param("StackName"))
    resources = list(stack.stack_resources)
    token = self._get_param("NextToken")
    start = int(token) if token and token.isdigit() else 0
    page = resources[start:start + PAGE_SIZE]
    summaries = []
    for resource in page:
        summary = {
            "ResourceStatus": getattr(resource, "_stackcheck_status", None) or stack.status,
            "LogicalResourceId": getattr(resource, "logical_resource_id", ""),
            "LastUpdatedTimestamp": "2011-06-21T20:15:58Z",
            "PhysicalResourceId": getattr(resource, "physical_resource_id", ""),
            "ResourceType": getattr(resource, "cf_resource_type", ""),
        }
        summaries.append(summary)
    result = {"StackResourceSummaries": summaries}
    if start + PAGE_SIZE < len(resources):
        result["NextToken"] = str(start + PAGE_SIZE)
    return ActionResult(result)


cfn_responses.CloudFormationResponse.list_stack_resources = _list_stack_resources
