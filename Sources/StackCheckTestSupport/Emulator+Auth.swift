import AWS
import Foundation

extension Emulator {
    /// Switches moto's IAM auth on from the next request (`POST /moto-api/reset-auth` with `0`): every
    /// call must then be signed by a user of this emulator and allowed by that user's policies. It is
    /// emulator-wide and cannot be switched off, so only an emulator of the test's own may have it.
    public func enableIAMAuth() async throws {
        guard let url = URL(string: endpoint.absoluteString + "/moto-api/reset-auth") else {
            throw EmulatorError("bad endpoint \(endpoint)")
        }
        let answer = try await CurlTransport().send(
            HTTPRequest(method: "POST", url: url, body: Array("0".utf8)), timeout: Emulator.harnessTimeout)
        guard answer.status == 200 else { throw EmulatorError("reset-auth answered \(answer.status)") }
    }

    /// `cliEnvironment` signing as `keys` instead of the emulator's fake keys.
    public func cliEnvironment(keys: Credentials) -> [String: String?] {
        var env = cliEnvironment
        env["AWS_ACCESS_KEY_ID"] = .some(keys.accessKeyId)
        env["AWS_SECRET_ACCESS_KEY"] = .some(keys.secretAccessKey)
        return env
    }
}
