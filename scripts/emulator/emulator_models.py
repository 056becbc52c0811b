"""CloudFormation handlers for scripts/emulator/server.py: every property of our stack's types reaches moto's
own service backends (register_task_definition, create_service, create_cluster, register_scalable_target,
put_scaling_policy, attach_role_policy), so a clean deploy really matches the template. Imported for its effects."""
import os

from moto.applicationautoscaling.models import applicationautoscaling_backends
from moto.cloudformation import parsing
from moto.core.common_models import CloudFormationModel
from moto.ecs import models as ecs
from moto.utilities.utils import get_partition

# Keys whose values are user maps (log driver options, labels): their keys are data, not field names.
MAP_KEYS = {"Options", "DockerLabels", "DriverOpts", "Labels"}
# Fields the ECS API takes as numbers or booleans; CloudFormation parameters arrive as strings.
INT_KEYS = {"cpu", "memory", "memoryReservation", "containerPort", "hostPort", "interval", "timeout",
            "retries", "startPeriod", "startTimeout", "stopTimeout", "maximumPercent", "minimumHealthyPercent",
            "weight", "base", "size", "softLimit", "hardLimit"}
BOOL_KEYS = {"essential", "readonlyRootFilesystem", "privileged", "enable", "rollback", "disableNetworking",
             "interactive", "pseudoTerminal", "initProcessEnabled"}


def _coerce(key, value):
    if isinstance(value, str) and key in INT_KEYS and value.lstrip("-").isdigit():
        return int(value)
    if isinstance(value, str) and key in BOOL_KEYS and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def camel(value, key=None):
    """CloudFormation's PascalCase properties as the ECS API's camelCase, values typed as the API wants."""
    if isinstance(value, list):
        return [camel(item, key) for item in value]
    if isinstance(value, dict):
        if key in MAP_KEYS:
            return dict(value)
        out = {}
        for name, item in value.items():
            api_name = name[:1].lower() + name[1:]
            out[api_name] = _coerce(api_name, camel(item, name))
        return out
    return value


def _name(value):
    """A Ref to a cluster or task definition may arrive as the model object (moto) or its id."""
    if isinstance(value, ecs.Cluster):
        return value.name
    if isinstance(value, ecs.TaskDefinition):
        return value.arn
    return value


def _int(value):
    return None if value is None else int(value)


def _bool(value):
    return value if isinstance(value, bool) else str(value).lower() == "true"


def _replace(cls, name, function):
    setattr(cls, name, classmethod(function))


# --- AWS::ECS::Cluster ---------------------------------------------------------------------------

def _cluster_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    p = cloudformation_json["Properties"]
    return ecs.ecs_backends[account_id][region_name].create_cluster(
        cluster_name=p.get("ClusterName", resource_name), tags=camel(p.get("Tags")),
        cluster_settings=camel(p.get("ClusterSettings")), configuration=camel(p.get("Configuration")),
        capacity_providers=p.get("CapacityProviders"),
        default_capacity_provider_strategy=camel(p.get("DefaultCapacityProviderStrategy")),
        service_connect_defaults=camel(p.get("ServiceConnectDefaults")))


def _cluster_update(cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name):
    backend = ecs.ecs_backends[account_id][region_name]
    if original_resource.name != new_resource_name:
        backend.delete_cluster(original_resource.arn)
        return _cluster_create(cls, new_resource_name, cloudformation_json, account_id, region_name)
    p = cloudformation_json["Properties"]
    cluster = backend.update_cluster(
        original_resource.name, camel(p.get("ClusterSettings")) or [{"name": "containerInsights", "value": "disabled"}],
        camel(p.get("Configuration")), camel(p.get("ServiceConnectDefaults")))
    cluster.tags = camel(p.get("Tags"))
    cluster.capacity_providers = p.get("CapacityProviders")
    cluster.default_capacity_provider_strategy = camel(p.get("DefaultCapacityProviderStrategy"))
    return cluster


def _cluster_delete(self, account_id, region_name):
    ecs.ecs_backends[account_id][region_name].delete_cluster(self.name)


_replace(ecs.Cluster, "create_from_cloudformation_json", _cluster_create)
_replace(ecs.Cluster, "update_from_cloudformation_json", _cluster_update)
ecs.Cluster.delete = _cluster_delete


# --- AWS::ECS::TaskDefinition --------------------------------------------------------------------

def _task_definition_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    p = cloudformation_json["Properties"]
    family = p.get("Family") or resource_name
    definition = ecs.ecs_backends[account_id][region_name].register_task_definition(
        family=family, container_definitions=camel(p.get("ContainerDefinitions", [])),
        volumes=camel(p.get("Volumes")), network_mode=p.get("NetworkMode"), tags=camel(p.get("Tags")),
        placement_constraints=camel(p.get("PlacementConstraints")),
        requires_compatibilities=p.get("RequiresCompatibilities"),
        cpu=None if p.get("Cpu") is None else str(p["Cpu"]),
        memory=None if p.get("Memory") is None else str(p["Memory"]),
        task_role_arn=p.get("TaskRoleArn"), execution_role_arn=p.get("ExecutionRoleArn"),
        proxy_configuration=camel(p.get("ProxyConfiguration")),
        inference_accelerators=camel(p.get("InferenceAccelerators")),
        runtime_platform=camel(p.get("RuntimePlatform")), ipc_mode=p.get("IpcMode"), pid_mode=p.get("PidMode"),
        ephemeral_storage=camel(p.get("EphemeralStorage")))
    definition._stackcheck_properties = p
    return definition


def _task_definition_update(cls, original_resource, new_resource_name, cloudformation_json, account_id,
                            region_name):
    # Every TaskDefinition property is "replacement": a new revision, the old one deregistered.
    if getattr(original_resource, "_stackcheck_properties", None) == cloudformation_json["Properties"]:
        return original_resource
    ecs.ecs_backends[account_id][region_name].deregister_task_definition(original_resource.arn)
    family = cloudformation_json["Properties"].get("Family") or original_resource.family
    return _task_definition_create(cls, family, cloudformation_json, account_id, region_name)


def _task_definition_delete(self, account_id, region_name):
    if self.status == "ACTIVE":
        ecs.ecs_backends[account_id][region_name].deregister_task_definition(self.arn)


_replace(ecs.TaskDefinition, "create_from_cloudformation_json", _task_definition_create)
_replace(ecs.TaskDefinition, "update_from_cloudformation_json", _task_definition_update)
ecs.TaskDefinition.delete = _task_definition_delete
ecs.TaskDefinition.has_cfn_attr = classmethod(lambda cls, attr: attr == "TaskDefinitionArn")
ecs.TaskDefinition.get_cfn_attribute = lambda self, attr: self.arn


# --- AWS::ECS::Service ---------------------------------------------------------------------------

def apply_running(service):
    """Running/pending counts and the primary deployment as MOTO_ECS_SERVICE_RUNNING says now."""
    running = max(int(os.environ.get("MOTO_ECS_SERVICE_RUNNING", "0") or 0), 0)
    service.running_count = running
    service.pending_count = max(service.desired_count - running, 0)
    for deployment in service.deployments[:1]:
        deployment.update(desiredCount=service.desired_count, runningCount=running,
                          pendingCount=service.pending_count, taskDefinition=service.task_definition,
                          rolloutState="COMPLETED" if running >= service.desired_count else "IN_PROGRESS")


def _service_extras(service, p):
    service.health_check_grace_period_seconds = _int(p.get("HealthCheckGracePeriodSeconds"))
    service.deployment_configuration = camel(p.get("DeploymentConfiguration"))
    # moto's create_service takes no placement; ECS keeps both and DescribeServices reports them.
    service.placement_constraints = camel(p.get("PlacementConstraints")) or []
    service.placement_strategy = camel(p.get("PlacementStrategies")) or []
    service.enable_ecs_managed_tags = _bool(p.get("EnableECSManagedTags", False))
    service.enable_execute_command = _bool(p.get("EnableExecuteCommand", False))
    service.platform_version = p.get("PlatformVersion", service.platform_version)
    if service.deployments:
        service.deployments[0]["networkConfiguration"] = service.network_configuration or None
    apply_running(service)
    return service


def _service_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
    p = cloudformation_json["Properties"]
    service = ecs.ecs_backends[account_id][region_name].create_service(
        _name(p.get("Cluster", "default")), p.get("ServiceName", resource_name), _int(p.get("DesiredCount", 1)),
        task_definition_str=_name(p.get("TaskDefinition")), load_balancers=camel(p.get("LoadBalancers")),
        scheduling_strategy=p.get("SchedulingStrategy"), tags=camel(p.get("Tags")),
        deployment_controller=camel(p.get("DeploymentController")), launch_type=p.get("LaunchType"),
        service_registries=camel(p.get("ServiceRegistries")), platform_version=p.get("PlatformVersion"),
        propagate_tags=p.get("PropagateTags", "NONE"), network_configuration=camel(p.get("NetworkConfiguration")),
        role_arn=p.get("Role"))
    return _service_extras(service, p)


def _service_update(cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name):
    p = cloudformation_json["Properties"]
    backend = ecs.ecs_backends[account_id][region_name]
    cluster = _name(p.get("Cluster", "default")).split("/")[-1]
    name = p.get("ServiceName", original_resource.name)
    if (cluster, name, p.get("LaunchType")) != (original_resource.cluster_name, original_resource.name,
                                               original_resource.launch_type):
        backend.delete_service(original_resource.cluster_name, original_resource.name, force=True)
        return _service_create(cls, new_resource_name, cloudformation_json, account_id, region_name)
    service = backend.update_service({"cluster": cluster, "service": name,
                                      "task_definition": _name(p.get("TaskDefinition")),
                                      "desired_count": _int(p.get("DesiredCount", 1))})
    service.load_balancers = camel(p.get("LoadBalancers")) or []
    service.network_configuration = camel(p.get("NetworkConfiguration")) or {}
    service.propagate_tags = p.get("PropagateTags", "NONE")
    return _service_extras(service, p)


def _service_delete(self, account_id, region_name):
    ecs.ecs_backends[account_id][region_name].delete_service(self.cluster_name, self.name, force=True)


_replace(ecs.Service, "create_from_cloudformation_json", _service_create)
_replace(ecs.Service, "update_from_cloudformation_json", _service_update)
ecs.Service.delete = _service_delete


# --- AWS::ApplicationAutoScaling::ScalableTarget / ScalingPolicy ---------------------------------

def _ecs_service_linked_role(account_id, region_name):
    return (f"arn:{get_partition(region_name)}:iam::{account_id}:role/aws-service-role/"
            "ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService")


class ScalableTarget(CloudFormationModel):
    """Physical id as CloudFormation's: `resource-id|scalable-dimension|service-namespace`."""

    __module__ = "stackcheck.applicationautoscaling"  # moto's model registry keys models by module

    def __init__(self, target, account_id, region_name):
        self.target, self.account_id, self.region_name = target, account_id, region_name

    @property
    def physical_resource_id(self):
        t = self.target
        return f"{t.resource_id}|{t.scalable_dimension}|{t.service_namespace}"

    @staticmethod
    def cloudformation_type():
        return "AWS::ApplicationAutoScaling::ScalableTarget"

    @staticmethod
    def cloudformation_name_type():
        return ""

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr == "Id"

    def get_cfn_attribute(self, attribute_name):
        return self.physical_resource_id

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kw):
        p = cloudformation_json["Properties"]
        namespace = p["ServiceNamespace"]
        role = p.get("RoleARN") or (_ecs_service_linked_role(account_id, region_name) if namespace == "ecs" else None)
        suspended = {k: _bool(v) for k, v in (p.get("SuspendedState") or {}).items()} or None
        target = applicationautoscaling_backends[account_id][region_name].register_scalable_target(
            namespace, p["ResourceId"], p["ScalableDimension"], _int(p.get("MinCapacity")),
            _int(p.get("MaxCapacity")), role, suspended)
        return cls(target, account_id, region_name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        p = cloudformation_json["Properties"]
        t = original_resource.target
        if (p["ResourceId"], p["ScalableDimension"], p["ServiceNamespace"]) != (
                t.resource_id, t.scalable_dimension, t.service_namespace):
            original_resource.delete(account_id, region_name)
        return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json, account_id, region_name)

    def delete(self, account_id, region_name):
        backend = applicationautoscaling_backends[account_id][region_name]
        t = self.target
        if backend._scalable_target_exists(t.resource_id, t.scalable_dimension):
            backend.deregister_scalable_target(t.service_namespace, t.resource_id, t.scalable_dimension)


NUMBER_KEYS = {"TargetValue": float, "ScaleInCooldown": int, "ScaleOutCooldown": int, "Cooldown": int,
               "ScalingAdjustment": int, "MinAdjustmentMagnitude": int, "MetricIntervalLowerBound": float,
               "MetricIntervalUpperBound": float}


def _typed(value):
    if isinstance(value, list):
        return [_typed(item) for item in value]
    if isinstance(value, dict):
        return {k: (NUMBER_KEYS[k](v) if k in NUMBER_KEYS and isinstance(v, (str, int, float))
                    else _bool(v) if k == "DisableScaleIn" else _typed(v)) for k, v in value.items()}
    return value


class ScalingPolicy(CloudFormationModel):
    """Physical id (and Ref) is the policy ARN, as CloudFormation's."""

    __module__ = "stackcheck.applicationautoscaling"

    def __init__(self, policy):
        self.policy = policy

    @property
    def physical_resource_id(self):
        return self.policy.policy_arn

    @staticmethod
    def cloudformation_type():
        return "AWS::ApplicationAutoScaling::ScalingPolicy"

    @staticmethod
    def cloudformation_name_type():
        return ""

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr == "Arn"

    def get_cfn_attribute(self, attribute_name):
        return self.policy.policy_arn

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kw):
        p = cloudformation_json["Properties"]
        if p.get("ScalingTargetId"):
            resource_id, dimension, namespace = p["ScalingTargetId"].split("|")
        else:
            resource_id, dimension, namespace = p["ResourceId"], p["ScalableDimension"], p["ServiceNamespace"]
        body = p.get("TargetTrackingScalingPolicyConfiguration") or p.get("StepScalingPolicyConfiguration")
        policy = applicationautoscaling_backends[account_id][region_name].put_scaling_policy(
            p.get("PolicyName", resource_name), namespace, resource_id, dimension, _typed(body), p.get("PolicyType"))
        return cls(policy)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        old = original_resource.policy
        p = cloudformation_json["Properties"]
        if p.get("PolicyName", old.policy_name) != old.policy_name:
            original_resource.delete(account_id, region_name)
            return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json, account_id,
                                                       region_name)
        updated = cls.create_from_cloudformation_json(old.policy_name, cloudformation_json, account_id, region_name)
        updated.policy.policy_arn = old.policy_arn  # an in-place update keeps the policy's ARN
        return updated

    def delete(self, account_id, region_name):
        backend = applicationautoscaling_backends[account_id][region_name]
        q = self.policy
        key = q.formulate_key(q.service_namespace, q.resource_id, q.scalable_dimension, q.policy_name)
        if key in backend.policies:
            backend.delete_scaling_policy(q.policy_name, q.service_namespace, q.resource_id, q.scalable_dimension)


# The model map is cached from CloudFormationModel's subclasses; rebuild it with ours included.
for cached in (parsing.get_model_list, parsing.get_model_map, parsing.get_name_type_map):
    cached.cache_clear()
