import Foundation
import StackCheckTestSupport
import Testing

@Suite struct EmulatorTests {
    @Test func startsOnAFreeLoopbackPortAndMakesANetwork() async throws {
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        #expect(emulator.endpoint.host == "127.0.0.1")
        #expect(emulator.endpoint.port != nil && emulator.endpoint.port != 0)
        #expect(emulator.clientEnvironment["AWS_ENDPOINT_URL"] == emulator.endpoint.absoluteString)
        let network = try await emulator.createNetwork()
        #expect(network.vpcId.hasPrefix("vpc-"))
        #expect(network.privateSubnetIds.count == 2)
        #expect(network.publicSubnetIds.count == 2)
        #expect(Set(network.privateSubnetIds + network.publicSubnetIds).count == 4)
    }

    @Test func sharedIsOneEmulatorPerProcess() async throws {
        let first = try await Emulator.shared()
        let second = try await Emulator.shared()
        #expect(first === second)
    }

    @Test func stopEndsTheServer() async throws {
        let emulator = try await Emulator.start()
        emulator.stop()
        await #expect(throws: (any Error).self) { try await emulator.reset() }
    }
}
