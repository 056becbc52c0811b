"""The Resource Groups Tagging API for scripts/emulator/server.py: moto 5.2's GetResources failed with a 500 as soon as any
ECS cluster, service, task or task definition had no tags (it iterated their None); AWS lists the tagged resources
and skips the rest. Imported for its side effects."""
from moto.resourcegroupstaggingapi import models as tagging_models

Backend = tagging_models.ResourceGroupsTaggingAPIBackend
_generator = Backend._get_resources_generator


def _untagged_as_empty(ecs):
    """An ECS resource without tags has an empty tag list, as DescribeX with include TAGS shows it."""
    items = list(ecs.clusters.values()) + list(ecs.services.values())
    items += [task for tasks in ecs.tasks.values() for task in tasks.values()]
    items += [revision for family in ecs.task_definitions.values() for revision in family.values()]
    for item in items:
        if getattr(item, "tags", None) is None:
            item.tags = []


def _get_resources_generator(self, *args, **kwargs):
    _untagged_as_empty(self.ecs_backend)
    return _generator(self, *args, **kwargs)


Backend._get_resources_generator = _get_resources_generator
