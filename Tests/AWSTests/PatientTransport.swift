import AWS

/// A real `CurlTransport` that gives every request at least `floor`, for tests whose verdict is the
/// emulator's answer, not how fast it came: on a loaded machine the shared emulator can take longer than
/// production's timeouts (STS's 10 s), which would fail the test for no fault of the code under test.
/// The floor only bounds a hang.
struct PatientTransport: HTTPTransport {
    let base: CurlTransport
    let floor: Duration

    init(floor: Duration = .seconds(120)) {
        base = CurlTransport(maxConcurrentRequests: 2, connectTimeout: floor)
        self.floor = floor
    }

    func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
        try await base.send(request, timeout: max(timeout, floor))
    }
}
