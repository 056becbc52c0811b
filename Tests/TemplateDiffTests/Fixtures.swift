import Findings
import Template
import TemplateDiff

/// Two tiny templates that differ in one of each kind and agree under every cfn rule they exercise
/// (`!Sub` vs `["…", {}]`, `!GetAtt A.B` vs a list, `60` vs `"60"`, DependsOn order).
enum Fixtures {
    static let left = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              VisibilityTimeout: 60
          Topic:
            Type: AWS::SNS::Topic
          Svc:
            Type: AWS::ECS::Service
            DependsOn: [Listener, Role]
            Properties:
              DesiredCount: 2
              ServiceName: !Sub "${AWS::StackName}-svc"
              Subnets: [subnet-a, subnet-b]
        Outputs:
          QueueArn:
            Value: !GetAtt Queue.Arn

        """

    static let right = """
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          "Resources": {
            "Queue": {
              "Type": "AWS::SQS::Queue",
              "Properties": {"VisibilityTimeout": "60", "FifoQueue": true}
            },
            "Svc": {
              "Type": "AWS::ECS::Service",
              "DependsOn": ["Role"],
              "Properties": {
                "Subnets": ["subnet-a", "subnet-c", "subnet-b"],
                "ServiceName": {"Fn::Sub": ["${AWS::StackName}-svc", {}]},
                "DesiredCount": 3
              }
            }
          },
          "Outputs": {"QueueArn": {"Value": {"Fn::GetAtt": ["Queue", "Arn"]}}}
        }

        """

    static func read(_ text: String, file: String) throws -> Node {
        try TemplateReader.read(Array(text.utf8), file: file)
    }

    static func report(profile: EquivalenceProfile = .cfn) throws -> DiffReport {
        DiffReport(
            left: try read(left, file: "left.yaml"), leftName: "left.yaml",
            right: try read(right, file: "right.json"), rightName: "right.json", profile: profile)
    }
}
