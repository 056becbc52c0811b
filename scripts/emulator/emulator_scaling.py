"""Application Auto Scaling's scaling activities, for scripts/emulator/server.py. Imported for its effects.

moto 5.2 does not implement DescribeScalingActivities (the seed README's "Monitor auto-scaling
activities" command). Application Auto Scaling records an activity whenever it sets a target's
capacity; the one the emulator can cause is registering (or updating) a scalable target whose
minimum or maximum puts the service's desired count out of bounds: the count is moved into them
("Setting desired count to 3.", cause "minimum capacity was set to 3"), as the service does.
"""
import json
import time
import uuid

from moto.applicationautoscaling import models as aas_models
from moto.applicationautoscaling import responses as aas_responses
from moto.ecs import models as ecs_models

import emulator_models

# Activities per (account, region), newest first.
ACTIVITIES = {}


def reset():
    ACTIVITIES.clear()


def _record(backend, target, desired, cause):
    now = time.time()
    ACTIVITIES.setdefault((backend.account_id, backend.region_name), []).insert(0, {
        "ActivityId": str(uuid.uuid4()), "ServiceNamespace": target.service_namespace,
        "ResourceId": target.resource_id, "ScalableDimension": target.scalable_dimension,
        "Description": f"Setting desired count to {desired}.", "Cause": cause,
        "StartTime": now, "EndTime": now, "StatusCode": "Successful",
        "StatusMessage": "Successfully set desired count to %d. Change successfully fulfilled by ecs." % desired})


_original_register = aas_models.ApplicationAutoscalingBackend.register_scalable_target


def _register(self, namespace, r_id, dimension, min_capacity, max_capacity, role_arn, suspended_state):
    target = _original_register(self, namespace, r_id, dimension, min_capacity, max_capacity, role_arn,
                                suspended_state)
    if namespace != "ecs" or dimension != "ecs:service:DesiredCount":
        return target
    _, cluster, name = r_id.split("/")
    services, _ = ecs_models.ecs_backends[self.account_id][self.region_name].describe_services(cluster, [name])
    if len(services) != 1:
        return target
    service = services[0]
    desired = service.desired_count
    if target.min_capacity is not None and desired < target.min_capacity:
        desired, cause = target.min_capacity, f"minimum capacity was set to {target.min_capacity}"
    elif target.max_capacity is not None and desired > target.max_capacity:
        desired, cause = target.max_capacity, f"maximum capacity was set to {target.max_capacity}"
    else:
        return target
    service.desired_count = desired
    emulator_models.apply_running(service)
    _record(self, target, desired, cause)
    return target


aas_models.ApplicationAutoscalingBackend.register_scalable_target = _register


def _describe_scaling_activities(self):
    backend = self.applicationautoscaling_backend
    namespace = self._get_param("ServiceNamespace")
    resource_id = self._get_param("ResourceId")
    found = [a for a in ACTIVITIES.get((backend.account_id, backend.region_name), [])
             if a["ServiceNamespace"] == namespace and (not resource_id or a["ResourceId"] == resource_id)]
    limit = self._get_int_param("MaxResults") or 50
    start = int(self._get_param("NextToken") or 0)
    page = found[start:start + limit]
    token = str(start + limit) if len(found) > start + limit else None
    return json.dumps({"ScalingActivities": page, "NextToken": token})


aas_responses.ApplicationAutoScalingResponse.describe_scaling_activities = _describe_scaling_activities
