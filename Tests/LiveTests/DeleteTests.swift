import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// `stackcheck delete` through the binary, on an emulator of the suite's own (a deploy holds the emulator's
/// lock for seconds; the shared one serves many suites' short calls).
@Suite struct DeleteTests {
    @Test func deletesStreamingEventsAndNotesWhatTheParametersPointAt() async throws {
        let emulator = try await Emulator.suite("delete")
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "delete")
        let result = try await CLI.run(["delete", "--stack", stack.name], environment: emulator.cliEnvironment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Deleting stack \(stack.name) (was CREATE_COMPLETE)...")
        #expect(lines.contains { $0.contains("DELETE_COMPLETE") && $0.contains("AWS::ECS::Service") })
        #expect(lines.contains("Stack \(stack.name) is deleted (DELETE_COMPLETE)."))
        let notes = lines.filter { $0.hasPrefix("note: ") }
        #expect(
            notes.contains(
                "note: ECR repository data-ingestion (DataIngestionImageUri) keeps its images: if no longer needed, "
                    + "aws ecr delete-repository --repository-name data-ingestion --force --region us-east-2"))
        #expect(notes.contains { $0.hasPrefix("note: S3 bucket transactions-\(stack.suffix) (S3BucketName) ") })
        #expect(notes.contains { $0.hasPrefix("note: Secrets Manager secret arn:aws:secretsmanager:") })
        // public.ecr.aws is not the account's ECR: nothing to clean up there.
        #expect(notes.count == 5)
        #expect(try await emulator.stackNames(region: emulator.region).contains(stack.name) == false)
    }

    @Test func aStackThatDoesNotExistIsDoneWithANote() async throws {
        let emulator = try await Emulator.suite("delete")
        let name = EmulatorStack.uniqueName("never-made")
        let result = try await CLI.run(["delete", "--stack", name], environment: emulator.cliEnvironment)
        #expect(result.status == 0)
        #expect(result.stdout == "note: stack \(name) does not exist in us-east-2; nothing to delete.\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func aResourceThatCannotBeDeletedIsExitOneWithItsReasonThenDeletesOnceFixed() async throws {
        let emulator = try await Emulator.suite("delete")
        let name = EmulatorStack.uniqueName("delete-failed")
        let bucket = "\(name)-data"
        let template =
            "{\"Resources\": {\"Data\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"BucketName\": \"\(bucket)\"}}}}"
        _ = try await StackFixtures.deploy(
            client: StackFixtures.client(for: emulator), name: name, templateBody: template)
        try await s3(emulator, "put_object(Bucket='\(bucket)', Key='report.csv', Body=b'1')")

        let failed = try await CLI.run(["delete", "--stack", name], environment: emulator.cliEnvironment)
        #expect(failed.status == 1)
        #expect(
            failed.stdout.hasSuffix(
                """
                Delete failed: stack \(name) is DELETE_FAILED (The following resource(s) failed to delete: [Data].)
                Failed resources:
                  Data (AWS::S3::Bucket) DELETE_FAILED: Resource handler returned message: "The bucket you tried to \
                delete is not empty" (HandlerErrorCode: BucketNotEmpty)
                Fix what holds the resource, then delete again (stackcheck delete --stack \(name)).

                """), "\(failed.stdout)")
        #expect(try await emulator.stackNames(region: emulator.region).contains(name))

        try await s3(emulator, "delete_object(Bucket='\(bucket)', Key='report.csv')")
        let again = try await CLI.run(["delete", "--stack", name], environment: emulator.cliEnvironment)
        #expect(again.status == 0, "\(again.stdout)")
        #expect(again.stdout.contains("Deleting stack \(name) (was DELETE_FAILED)..."))
        #expect(try await emulator.stackNames(region: emulator.region).contains(name) == false)
    }

    /// One S3 call through boto3 (the Swift client does not speak S3).
    private func s3(_ emulator: Emulator, _ call: String) async throws {
        let result = try await Tool.run(
            Python.executable, ["-c", "import boto3; boto3.client('s3').\(call)"], environment: emulator.cliEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
