import ArgumentParser
import BatchStack
import Live
import Report
import Template

/// The harness's own stack (Sources/BatchStack/Harness) with its task role's policy made here, by the
/// same builder and operations registry as `stackcheck iam-policy --command drift` for the reference
/// template: the drift task is allowed exactly what drift calls.
enum HarnessTemplate {
    static var node: Node { HarnessStack.template(taskPolicy: taskPolicy) }

    static var taskPolicy: Node {
        let template = BatchProcessingStack.template
        let operations = DriftEngine.operations(DriftEngine.Options(template: template, cloudFormationDrift: false))
        let text = IAMPolicyRenderer.json(IAMPolicyBuilder(template: template).policy(for: operations))
        // Our own JSON writer's output: reading it back cannot fail.
        return try! TemplateReader.read(Array(text.utf8), file: "iam-policy.json", format: .json)
    }
}

/// The stacks `generate` and `golden` know: the reference stack (`template.*`) and the harness (`harness.*`).
enum GeneratedStack: String, ExpressibleByArgument, CaseIterable {
    case reference, harness

    var node: Node { self == .reference ? BatchProcessingStack.template : HarnessTemplate.node }

    /// The goldens' file stem in Golden/.
    var goldenStem: String { self == .reference ? "template" : "harness" }
}
