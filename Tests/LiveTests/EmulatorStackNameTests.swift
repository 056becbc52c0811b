import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// CloudFormation keeps one stack per name and one change set per name and stack; a CreateChangeSet sent
/// again with the same ClientToken (a retry whose first answer was lost) gets the first change set back.
/// moto made a second stack of the same name instead, so a retried deploy left a stale REVIEW_IN_PROGRESS
/// stack that DescribeStacks then answered with (scripts/emulator/emulator_stack_names.py).
@Suite struct EmulatorStackNameTests {
    @Test func aRetriedCreateChangeSetIsTheSameChangeSetOnTheSameStack() async throws {
        let emulator = try await Emulator.shared()
        let cloudFormation = emulator.client.cloudFormation
        let stack = EmulatorStack.uniqueName("names")
        // The client sends the change set's name as its ClientToken, so the same call twice is a retry.
        let first = try await cloudFormation.createChangeSet(
            stackName: stack, changeSetName: "one", templateBody: TinyStack.template, type: .create)
        let again = try await cloudFormation.createChangeSet(
            stackName: stack, changeSetName: "one", templateBody: TinyStack.template, type: .create)
        #expect(again.id == first.id)
        #expect(again.stackId == first.stackId)

        // Another change set while the stack is in review joins that stack: still one stack of the name.
        let second = try await cloudFormation.createChangeSet(
            stackName: stack, changeSetName: "two", templateBody: TinyStack.template, type: .create)
        #expect(second.stackId == first.stackId)
        #expect(second.id != first.id)
        #expect(try await cloudFormation.describeStack(stack).status == "REVIEW_IN_PROGRESS")

        try await cloudFormation.executeChangeSet(stackName: first.stackId, changeSetName: "one")
        for _ in 0..<50 where try await cloudFormation.describeStack(stack).status != "CREATE_COMPLETE" {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(try await cloudFormation.describeStack(stack).status == "CREATE_COMPLETE")
        // Past review, a CREATE change set for the name is refused, as CloudFormation refuses it.
        let error = await #expect(throws: AWSError.self) {
            try await cloudFormation.createChangeSet(
                stackName: stack, changeSetName: "three", templateBody: TinyStack.template, type: .create)
        }
        #expect(error?.code == "AlreadyExistsException")
    }
}
