"""ECS services' tasks as ECS runs them around a deploy, for scripts/emulator/server.py. Imported for its effects.

moto 5.2 only counts a service's tasks (MOTO_ECS_SERVICE_RUNNING); it starts none. ECS itself, once a
service's tasks run:
- registers each running task's address (its ENI's private IP, awsvpc mode) with the target group of
  every load balancer the service names, and deregisters it when the task stops;
- writes service events, newest first: "(service S) has started 2 tasks: (task a) (task b).",
  "(service S) has reached a steady state.", "(service S) has stopped 1 running tasks: (task a).";
- keeps stopped tasks (ListTasks desiredStatus=STOPPED, DescribeTasks) with their `stoppedReason` and
  each container's `exitCode` and `reason` (ECS for about an hour; the emulator until a reset).

`stop_tasks(reason, ...)` (route POST /stackcheck/ecs-stop-tasks) makes every service, existing and new
(or one service by name), behave like one whose tasks keep crashing: each task ECS starts stops with that
reason, so the running count never reaches the desired count. `stop_tasks(None)` (or /moto-api/reset)
ends that.
"""
import random
import uuid
from datetime import datetime, timezone

from moto.ecs import models as ecs_models
from moto.ecs import responses as ecs_responses
from moto.core.responses import ActionResult
from moto.elbv2.models import elbv2_backends

import emulator_models

CRASH = {"reason": None, "exit_code": 1, "container_reason": None, "service": None}
# Stopped tasks by task ARN (they outlive their service, as in ECS).
STOPPED = {}
MAX_EVENTS = 100  # ECS keeps a service's latest 100 events


def stop_tasks(reason, exit_code=1, container_reason=None, service=None):
    """`service` (a name) limits it to that service; else every service, existing and new."""
    CRASH.update(reason=reason or None, exit_code=exit_code, container_reason=container_reason, service=service)


def reset():
    stop_tasks(None)
    STOPPED.clear()


def _now():
    return datetime.now(timezone.utc)


def _event(service, message):
    service.events.insert(0, {"id": str(uuid.uuid4()), "createdAt": _now(), "message": f"(service {service.name}) "
                              + message})
    del service.events[MAX_EVENTS:]


def _task_arn(service):
    return (f"arn:aws:ecs:{service.region_name}:{service._account_id}:task/{service.cluster_name}/"
            + uuid.uuid4().hex)


def _task_ids(arns):
    return " ".join(f"(task {arn.rsplit('/', 1)[-1]})" for arn in arns)


def _address(service):
    """A private IP in the service's first subnet range, as an awsvpc task's ENI gets (10.0.x.y here)."""
    taken = {task["ip"] for task in getattr(service, "_stackcheck_tasks", [])}
    while True:
        address = f"10.0.{random.randint(0, 1)}.{random.randint(10, 250)}"
        if address not in taken:
            return address


def _targets(service, tasks, register):
    backend = elbv2_backends[service._account_id][service.region_name]
    for balancer in service.load_balancers or []:
        arn = balancer.get("targetGroupArn")
        group = backend.target_groups.get(arn) if arn else None
        if group is None:
            continue
        targets = [{"Id": task["ip"], "Port": balancer.get("containerPort") or group.port} for task in tasks]
        if register:
            group.register(targets)
        else:
            for target in targets:
                group.targets.pop(target["Id"], None)


def _stop(service, tasks, reason, exit_code, container_reason, stop_code=None):
    for task in tasks:
        container = {"name": _container_name(service), "lastStatus": "STOPPED", "exitCode": exit_code}
        if container_reason:
            container["reason"] = container_reason
        STOPPED[task["arn"]] = {
            "taskArn": task["arn"], "clusterArn": service.cluster_arn, "taskDefinitionArn": service.task_definition,
            "group": f"service:{service.name}", "lastStatus": "STOPPED", "desiredStatus": "STOPPED",
            # No exit code: the container never ran (an image pull, a secret that cannot be read).
            "stopCode": stop_code or ("EssentialContainerExited" if exit_code is not None else "TaskFailedToStart"),
            "stoppedReason": reason, "stoppedAt": _now(), "launchType": service.launch_type,
            "containers": [container], "_cluster": service.cluster_name, "_service": service.name,
            "_region": service.region_name}


def _container_name(service):
    backend = ecs_models.ecs_backends[service._account_id][service.region_name]
    for balancer in service.load_balancers or []:
        if balancer.get("containerName"):
            return balancer["containerName"]
    try:
        definition = backend.describe_task_definition(service.task_definition)
        return definition.container_definitions[0].get("name")
    except Exception:  # noqa: BLE001  (a name is a nicety; the task's reason is what matters)
        return "app"


def _apply_running(service, original=emulator_models.apply_running):
    original(service)
    tasks = getattr(service, "_stackcheck_tasks", None)
    if tasks is None:
        tasks = service._stackcheck_tasks = []
    if CRASH["reason"] and CRASH["service"] in (None, service.name):
        # The running tasks crash, and each replacement ECS starts crashes too: nothing stays running.
        if not getattr(service, "_stackcheck_crashed", False):
            crash = (CRASH["reason"], CRASH["exit_code"], CRASH["container_reason"])
            if tasks:
                _targets(service, tasks, register=False)
                _stop(service, tasks, *crash)
                _event(service, f"has stopped {len(tasks)} running tasks: {_task_ids(t['arn'] for t in tasks)}.")
                tasks.clear()
            started = [{"arn": _task_arn(service), "ip": _address(service)} for _ in range(service.desired_count)]
            if started:
                _event(service, f"has started {len(started)} tasks: {_task_ids(t['arn'] for t in started)}.")
                _stop(service, started, *crash)
                _event(service, f"has stopped {len(started)} running tasks: {_task_ids(t['arn'] for t in started)}.")
            service._stackcheck_crashed = True
        service.running_count = 0
        service.pending_count = service.desired_count
        for deployment in service.deployments[:1]:
            deployment.update(runningCount=0, pendingCount=service.desired_count, rolloutState="IN_PROGRESS")
        return
    service._stackcheck_crashed = False
    wanted = service.running_count
    if wanted > len(tasks):
        started = [{"arn": _task_arn(service), "ip": _address(service)} for _ in range(wanted - len(tasks))]
        tasks.extend(started)
        _targets(service, started, register=True)
        _event(service, f"has started {len(started)} tasks: {_task_ids(t['arn'] for t in started)}.")
    elif wanted < len(tasks):
        stopped = tasks[wanted:]
        del tasks[wanted:]
        _targets(service, stopped, register=False)
        _stop(service, stopped, "Scaling activity initiated by (deployment)", None, None,
              "ServiceSchedulerInitiated")
        _event(service, f"has stopped {len(stopped)} running tasks: {_task_ids(t['arn'] for t in stopped)}.")
    if wanted >= service.desired_count and wanted > 0:
        _event(service, "has reached a steady state.")


emulator_models.apply_running = _apply_running

_original_delete_service = ecs_models.EC2ContainerServiceBackend.delete_service


def _delete_service(self, cluster_name, service_name, force=False):
    """Deleting a service stops its tasks, which leave their target groups."""
    service = _original_delete_service(self, cluster_name, service_name, force)
    tasks = getattr(service, "_stackcheck_tasks", [])
    _targets(service, tasks, register=False)
    _stop(service, tasks, "Scaling activity initiated by (deployment)", None, None,
          "ServiceSchedulerInitiated")
    tasks.clear()
    return service


ecs_models.EC2ContainerServiceBackend.delete_service = _delete_service


# --- ListTasks / DescribeTasks know the stopped tasks --------------------------------------------

def _stopped_for(response, cluster, service_name=None):
    cluster_name = (cluster or "default").rsplit("/", 1)[-1]
    return [task for task in STOPPED.values() if task["_cluster"] == cluster_name
            and task["_region"] == response.region and (service_name is None or task["_service"] == service_name)]


_original_list_tasks = ecs_responses.EC2ContainerServiceResponse.list_tasks


def _list_tasks(self):
    status = self._get_param("desiredStatus")
    if status != "STOPPED":
        return _original_list_tasks(self)
    service_name = self._get_param("serviceName")
    found = _stopped_for(self, self._get_param("cluster", "default"), service_name and service_name.rsplit("/")[-1])
    found.sort(key=lambda task: task["stoppedAt"], reverse=True)
    return ActionResult({"taskArns": [task["taskArn"] for task in found]})


_original_describe_tasks = ecs_responses.EC2ContainerServiceResponse.describe_tasks


def _describe_tasks(self):
    wanted = self._get_param("tasks", [])
    ours = [{k: v for k, v in STOPPED[arn].items() if not k.startswith("_")} for arn in wanted if arn in STOPPED]
    if not ours:
        return _original_describe_tasks(self)
    rest = [arn for arn in wanted if arn not in STOPPED]
    tasks = list(self.ecs_backend.describe_tasks(self._get_param("cluster", "default"), rest)) if rest else []
    return ActionResult({"tasks": tasks + ours, "failures": []})


ecs_responses.EC2ContainerServiceResponse.list_tasks = _list_tasks
ecs_responses.EC2ContainerServiceResponse.describe_tasks = _describe_tasks
