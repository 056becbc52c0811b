"""CloudFormation handlers for the harness's own stack (Sources/BatchStack/Harness): moto 5.2 has an
EventBridge Scheduler backend but no CloudFormation type for it, and no AWS::SNS::TopicPolicy. Without
them a deploy of the harness fails where AWS's succeeds. Imported by scripts/emulator/server.py for its effects.

AWS::Scheduler::Schedule follows CloudFormation: Ref is the schedule's name, GetAtt Arn its ARN, every
property reaches the scheduler backend (GetSchedule answers the template's target, window and
expression), and Name defaults to a generated one. AWS::SNS::TopicPolicy sets the Policy attribute of
each topic it names (GetTopicAttributes answers it) and puts the default policy back on delete."""
import json

from moto.core.common_models import CloudFormationModel
from moto.scheduler.models import scheduler_backends
from moto.sns.models import sns_backends


class Schedule(CloudFormationModel):
    __module__ = "stackcheck.scheduler"  # moto's model registry keys models by module

    def __init__(self, schedule, account_id, region_name):
        self.schedule, self.account_id, self.region_name = schedule, account_id, region_name

    @property
    def physical_resource_id(self):
        return self.schedule.name

    @staticmethod
    def cloudformation_type():
        return "AWS::Scheduler::Schedule"

    @staticmethod
    def cloudformation_name_type():
        return "Name"

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr == "Arn"

    def get_cfn_attribute(self, attribute_name):
        return self.schedule.arn

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kw):
        p = cloudformation_json["Properties"]
        schedule = scheduler_backends[account_id][region_name].create_schedule(
            description=p.get("Description"), end_date=p.get("EndDate"),
            flexible_time_window=p["FlexibleTimeWindow"], group_name=p.get("GroupName"),
            kms_key_arn=p.get("KmsKeyArn"), name=p.get("Name") or resource_name,
            schedule_expression=p["ScheduleExpression"],
            schedule_expression_timezone=p.get("ScheduleExpressionTimezone"), start_date=p.get("StartDate"),
            state=p.get("State", "ENABLED"), target=p["Target"], action_after_completion=None)
        return cls(schedule, account_id, region_name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        original_resource.delete(account_id, region_name)
        return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json, account_id, region_name)

    def delete(self, account_id, region_name):
        backend = scheduler_backends[account_id][region_name]
        try:
            backend.delete_schedule(self.schedule.group_name, self.schedule.name)
        except Exception:  # already gone: CloudFormation's delete succeeds too
            pass


class TopicPolicy(CloudFormationModel):
    __module__ = "stackcheck.sns"

    def __init__(self, topics, account_id, region_name, name):
        self.topics, self.account_id, self.region_name, self.name = topics, account_id, region_name, name

    @property
    def physical_resource_id(self):
        return self.name

    @staticmethod
    def cloudformation_type():
        return "AWS::SNS::TopicPolicy"

    @staticmethod
    def cloudformation_name_type():
        return ""

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name, **kw):
        p = cloudformation_json["Properties"]
        topics = [getattr(t, "arn", t) for t in p["Topics"]]
        backend = sns_backends[account_id][region_name]
        for arn in topics:
            backend.set_topic_attribute(arn, "Policy", json.dumps(p["PolicyDocument"]))
        return cls(topics, account_id, region_name, resource_name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name, cloudformation_json,
                                        account_id, region_name):
        return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json, account_id, region_name)

    def delete(self, account_id, region_name):
        backend = sns_backends[account_id][region_name]
        for arn in self.topics:
            topic = backend.topics.get(arn)
            if topic is not None:
                topic._policy_json = topic._create_default_topic_policy(
                    region_name, account_id, topic.name)
