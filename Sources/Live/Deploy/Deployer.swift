import AWS
import Findings
import FoundationEssentials
import Template
import TextBasics

/// Deploys a template as a change set: create (or update), show, execute, and wait while streaming the
/// stack's events. Every line goes to `output` as it happens, so a CI log shows progress live.
public struct Deployer: Sendable {
    let context: StackOperationContext

    public init(cloudFormation: CloudFormation, output: @escaping @Sendable (String) -> Void) {
        self.init(context: StackOperationContext(cloudFormation: cloudFormation, output: output))
    }

    init(context: StackOperationContext) { self.context = context }

    /// - Throws: `DeployError` when the stack cannot be deployed as it is (busy, rolled back, missing
    ///   capability, a large template without a bucket); `AWSError` when CloudFormation refuses the request.
    public func deploy(_ request: DeployRequest) async throws -> DeployOutcome {
        try await OperationScope.run("deploy", Self.operations) { try await scopedDeploy(request) }
    }

    /// Every AWS operation a deploy calls (scoped as `smoke` and `drift` are). CloudFormation then
    /// creates the stack's resources with the caller's own permissions: those are the template's, not these.
    public static let operations =
        CloudFormation.Operation.list(
            .describeStacks, .createChangeSet, .describeChangeSet, .executeChangeSet, .deleteChangeSet,
            .describeStackEvents,
            // The property review of an update, termination protection, and a large template's upload.
            .getTemplate, .listStackResources, .updateTerminationProtection)
        + S3.Operation.list(.putObject)

    private func scopedDeploy(_ request: DeployRequest) async throws -> DeployOutcome {
        let existing = try await existingStack(request.stackName)
        let type: CloudFormation.ChangeSetType = existing == nil ? .create : .update
        let template: Node
        do {
            template = try TemplateReader.read(Array(request.templateBody.utf8), file: request.templateName)
        } catch let error as TemplateError {
            throw DeployError(error.diagnostic)
        } catch {
            throw DeployError(Diagnostic(message: "\(error)"))
        }
        let parameters = DeployPlan.parameters(given: request.parameters, template: template, existing: existing)
        let source = try await DeployPlan.templateSource(request, s3: context.cloudFormation.client.s3)
        if case .url(let url) = source {
            context.output("Uploaded the template (\(request.templateBody.utf8.count) bytes) to \(url)")
        }
        let name = Self.changeSetName(random: context.random)
        let created: (id: String, stackId: String)
        do {
            created = try await context.cloudFormation.createChangeSet(
                stackName: request.stackName, changeSetName: name, template: source, parameters: parameters,
                capabilities: request.capabilities, type: type, description: "stackcheck deploy", tags: request.tags,
                roleArn: request.roleArn)
        } catch let error as AWSError where error.code == .insufficientCapabilities {
            throw DeployError(Self.capabilityDiagnostic(error))
        }
        let changeSet = try await waitForChangeSet(stackName: created.stackId, name: name)
        if changeSet.status == "FAILED" {
            let reason = changeSet.statusReason ?? "no reason given"
            guard Self.meansNoChanges(reason) else { return .changeSetFailed(reason: reason) }
            try? await context.cloudFormation.deleteChangeSet(stackName: created.stackId, changeSetName: name)
            context.output("No changes: stack \(request.stackName) already matches the template and parameters.")
            try await protectIfAsked(request, stackId: created.stackId)
            return .noChanges
        }
        context.output(
            ChangeSetText.render(changeSet, stackName: request.stackName, type: type, format: request.reviewFormat))
        if let existing {
            context.output(
                try await review(
                    request, template: template, parameters: parameters, existing: existing))
        } else {
            context.output(createReview(request, template: template, parameters: parameters, stackId: created.stackId))
        }
        guard request.execute else {
            context.output(
                "Not executed (--no-execute). To execute: aws cloudformation execute-change-set "
                    + "--stack-name \(request.stackName) --change-set-name \(name)")
            return .changeSetReady(name: name)
        }
        var events = StackEventStream(cloudFormation: context.cloudFormation, stackName: created.stackId)
        try await events.skipExisting()
        try await context.cloudFormation.executeChangeSet(
            stackName: created.stackId, changeSetName: name, disableRollback: request.disableRollback)
        context.output("Executing change set \(name)...")
        guard request.wait else { return .executing(name: name) }
        let outcome = try await waitForStack(created.stackId, events: &events, timeout: request.timeout)
        if case .succeeded = outcome { try await protectIfAsked(request, stackId: created.stackId) }
        return outcome
    }

    /// The property-level review of an update (`PropertyReview`), rendered in the request's format.
    private func review(
        _ request: DeployRequest, template: Node, parameters: [CloudFormation.Parameter],
        existing: CloudFormation.Stack
    ) async throws -> String {
        async let body = context.cloudFormation.getTemplate(stackName: existing.stackId)
        async let resources = context.cloudFormation.listStackResources(stackName: existing.stackId)
        let deployed: Node
        do {
            deployed = try TemplateReader.read(Array(try await body.utf8), file: "GetTemplate(\(request.stackName))")
        } catch let error as AWSError {
            throw error
        } catch {
            return "Property changes not shown: the deployed template cannot be read (\(error))"
        }
        var physicalIds: [String: String] = [:]
        for resource in try await resources {
            if let id = resource.physicalId, !id.isEmpty { physicalIds[resource.logicalId] = id }
        }
        var deployedParameters: [String: String] = [:]
        for parameter in existing.parameters { deployedParameters[parameter.key] = parameter.value }
        let report = PropertyReview.report(
            deployed: deployed, deployedParameters: deployedParameters, template: template,
            parameters: DeployPlan.effectiveValues(parameters, existing: existing), physicalIds: physicalIds,
            pseudo: PseudoParameters(
                region: context.cloudFormation.client.region, stackName: existing.stackName,
                stackId: existing.stackId),
            stackName: request.stackName, templateName: request.templateName)
        return ChangeSetText.properties(report, format: request.reviewFormat)
    }

    /// A new stack's review: every property each resource will be created with, resolved with the parameters
    /// given, each an addition (against the same template with every resource's properties empty, so the rows are
    /// per property and resources left out by a condition stay out).
    private func createReview(
        _ request: DeployRequest, template: Node, parameters: [CloudFormation.Parameter], stackId: String
    ) -> String {
        let values = DeployPlan.effectiveValues(parameters, existing: nil)
        let report = PropertyReview.report(
            deployed: PropertyReview.withoutProperties(template), deployedParameters: values,
            template: template, parameters: values, physicalIds: [:],
            pseudo: PseudoParameters(
                region: context.cloudFormation.client.region, stackName: request.stackName, stackId: stackId),
            stackName: request.stackName, templateName: request.templateName)
        return ChangeSetText.properties(report, format: request.reviewFormat, creating: true)
    }

    private func protectIfAsked(_ request: DeployRequest, stackId: String) async throws {
        guard request.terminationProtection else { return }
        try await context.cloudFormation.updateTerminationProtection(stackName: stackId, enabled: true)
        context.output("Termination protection is on for stack \(request.stackName).")
    }

    /// The stack to update, or nil to create one (none yet, or only an unexecuted CREATE change set's).
    private func existingStack(_ stackName: String) async throws -> CloudFormation.Stack? {
        let stack: CloudFormation.Stack
        do {
            stack = try await context.cloudFormation.describeStack(stackName)
        } catch let error as AWSError where error.isStackMissing {
            return nil
        }
        switch stack.status {
        case "REVIEW_IN_PROGRESS": return nil
        case "ROLLBACK_COMPLETE", "ROLLBACK_FAILED":
            throw DeployError(
                .none,
                "stack \(stackName) is \(stack.status) after a failed create and cannot be updated; delete it "
                    + "(aws cloudformation delete-stack --stack-name \(stackName)) and deploy again")
        case let status where status.hasSuffix("_IN_PROGRESS"):
            throw DeployError(.none, "stack \(stackName) is \(status); wait until it settles, then deploy again")
        default: return stack
        }
    }

    private func waitForChangeSet(stackName: String, name: String) async throws -> CloudFormation.ChangeSet {
        try await context.poll {
            let changeSet = try await context.cloudFormation.describeChangeSet(
                stackName: stackName, changeSetName: name)
            let pending = ["CREATE_PENDING", "CREATE_IN_PROGRESS"].contains(changeSet.status)
            return (changeSet.status, pending ? nil : changeSet)
        }
    }

    private func waitForStack(_ stackId: String, events: inout StackEventStream, timeout: Duration?) async throws
        -> DeployOutcome
    {
        var failures: [CloudFormation.StackEvent] = []
        return try await context.poll(timeout: timeout, timedOut: DeployOutcome.timedOut(status:)) {
            context.relay(try await events.poll(), failures: &failures)
            let stack = try await context.cloudFormation.describeStack(stackId)
            guard !stack.status.hasSuffix("_IN_PROGRESS") else { return (stack.status, nil) }
            context.relay(try await events.poll(), failures: &failures)
            if ["CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE"].contains(stack.status) {
                return (stack.status, .succeeded(status: stack.status))
            }
            return (stack.status, .failed(status: stack.status, reason: stack.statusReason, failures: failures))
        }
    }

    static func changeSetName(random: any RandomSource) -> String {
        let suffix = (0..<6).map { _ in String(Int(random.nextUnit() * 36), radix: 36) }.joined()
        return "stackcheck-\(Int(Date().timeIntervalSince1970))-\(suffix)"
    }

    static func meansNoChanges(_ reason: String) -> Bool {
        reason.containsText("didn't contain changes") || reason.containsText("No updates are to be performed")
    }

    /// CloudFormation says `Requires capabilities : [CAPABILITY_NAMED_IAM]`; name it and the flag to add.
    /// The message keeps the operation and code inline (not as an `.operation` mark) because the point
    /// of the line is the flag to pass, not the failed call.
    static func capabilityDiagnostic(_ error: AWSError) -> Diagnostic {
        let needed = error.message.split(separator: "[").last?.split(separator: "]").first.map(String.init)
        let flag = needed.map { "; pass --capabilities \($0.replacingText(",", with: " "))" } ?? ""
        return Diagnostic(
            message: "the template needs \(needed ?? "an IAM capability")\(flag) "
                + "(\(error.action) \(error.code): \(error.message))")
    }
}
