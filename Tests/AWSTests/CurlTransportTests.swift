import AWS
import Foundation
import StackCheckTestSupport
import Synchronization
import Testing

@Suite("CurlTransport against the loopback server")
struct CurlTransportTests {
    let transport = CurlTransport(maxConcurrentRequests: 4, connectTimeout: .seconds(2))

    @Test func getReturnsStatusHeadersAndBody() async throws {
        let server = try LoopbackServer { _ in
            .text("hello", status: 201, headers: [("X-Amzn-RequestId", "req-1")])
        }
        let request = HTTPRequest(
            method: "GET", url: server.endpoint.appendingPathComponent("a/b"), headers: [("X-Test", "1")])
        let response = try await transport.send(request, timeout: .seconds(5))
        #expect(response.status == 201)
        #expect(response.header("x-amzn-requestid") == "req-1")
        #expect(String(decoding: response.body, as: UTF8.self) == "hello")
        #expect(server.requests.map(\.target) == ["/a/b"])
        #expect(server.requests.first?.header("X-Test") == "1")
    }

    @Test func postSendsBodyAndNoExpectContinue() async throws {
        let server = try LoopbackServer { .text("got \($0.body.count)") }
        let body = Array(String(repeating: "x", count: 5000).utf8)
        let request = HTTPRequest(
            method: "POST", url: server.endpoint, headers: [("Content-Type", "text/plain")], body: body)
        let response = try await transport.send(request, timeout: .seconds(5))
        #expect(String(decoding: response.body, as: UTF8.self) == "got 5000")
        #expect(server.requests.first?.header("Expect") == nil)
        #expect(server.requests.first?.method == "POST")
    }

    @Test func sequentialRequestsReuseOneConnection() async throws {
        let server = try LoopbackServer { _ in .text("ok") }
        let single = CurlTransport(maxConcurrentRequests: 1)
        for _ in 0..<3 {
            _ = try await single.send(HTTPRequest(method: "GET", url: server.endpoint), timeout: .seconds(5))
        }
        #expect(server.requests.count == 3)
        #expect(server.connectionCount == 1)
    }

    @Test func droppedConnectionIsATransportError() async throws {
        let server = try LoopbackServer { _ in .drop }
        let error = await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: "GET", url: server.endpoint), timeout: .seconds(5))
        }
        #expect(error?.kind == .connectionClosed)
        #expect(error?.isRetryable == true)
    }

    @Test func truncatedBodyIsATransportError() async throws {
        let server = try LoopbackServer { _ in
            .truncate(HTTPResponse(status: 200, body: Array(repeating: 65, count: 100)), bytes: 10)
        }
        let error = await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: "GET", url: server.endpoint), timeout: .seconds(5))
        }
        #expect(error?.kind == .truncated)
    }

    @Test func slowAnswerTimesOut() async throws {
        let server = try LoopbackServer { _ in .delay(.seconds(3), .text("late")) }
        let error = await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: "GET", url: server.endpoint), timeout: .milliseconds(300))
        }
        #expect(error?.kind == .timedOut)
    }

    @Test func closedPortIsConnectionRefused() async throws {
        let closed = try ClosedPort()
        let url = closed.endpoint
        let error = await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: "GET", url: url), timeout: .seconds(5))
        }
        withExtendedLifetime(closed) {}
        #expect(error?.kind == .connectionRefused)
        #expect(error?.description.hasPrefix("could not connect to 127.0.0.1:\(url.port!)") == true)
    }

    @Test func inFlightRequestsAreBounded() async throws {
        let gauge = ConcurrencyGauge()
        let server = try LoopbackServer { _ in
            gauge.enter()
            Thread.sleep(forTimeInterval: 0.05)
            gauge.leave()
            return .text("ok")
        }
        let bounded = CurlTransport(maxConcurrentRequests: 2)
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await bounded.send(HTTPRequest(method: "GET", url: server.endpoint), timeout: .seconds(10))
                        .status
                }
            }
            for try await status in group { #expect(status == 200) }
        }
        #expect(server.requests.count == 8)
        #expect(gauge.peak <= 2)
        #expect(server.connectionCount <= 2)
    }

    @Test func cancellingTheTaskEndsTheTransfer() async throws {
        let server = try LoopbackServer { _ in .delay(.seconds(5), .text("late")) }
        let task = Task {
            try await transport.send(HTTPRequest(method: "GET", url: server.endpoint), timeout: .seconds(30))
        }
        while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        task.cancel()
        let result = await task.result
        #expect((try? result.get()) == nil)
        if case .failure(let error as TransportError) = result { #expect(error.kind == .cancelled) }
    }

    @Test func aRequestCancelledWhileQueuedEndsBeforeTheOneAheadOfIt() async throws {
        let server = try LoopbackServer { _ in .delay(.seconds(5), .text("late")) }
        let single = CurlTransport(maxConcurrentRequests: 1)
        let aheadEnded = Atomic(false)
        let ahead = Task {
            defer { aheadEnded.store(true, ordering: .sequentiallyConsistent) }
            return try await single.send(HTTPRequest(method: "GET", url: server.endpoint), timeout: .seconds(30))
        }
        while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        let queued = Task { try await single.send(HTTPRequest(method: "GET", url: server.endpoint), timeout: .seconds(30)) }
        try await Task.sleep(for: .milliseconds(100))
        queued.cancel()
        let result = await queued.result
        // The one ahead is still waiting for its answer: the queued one ended without a slot of its own.
        let aheadHadEnded = aheadEnded.load(ordering: .sequentiallyConsistent)
        #expect(!aheadHadEnded)
        #expect(server.requests.count == 1)
        guard case .failure(let error as TransportError) = result else {
            Issue.record("a cancelled request answered: \(result)")
            return
        }
        #expect(error.kind == .cancelled)
        ahead.cancel()
        _ = await ahead.result
    }
}

@Suite("CurlTransport headers")
struct CurlTransportHeaderTests {
    @Test func noContentTypeIsInventedForAPost() async throws {
        let server = try LoopbackServer { .text($0.header("Content-Type") ?? "none") }
        let request = HTTPRequest(method: "POST", url: server.endpoint, body: Array("0".utf8))
        let response = try await CurlTransport().send(request, timeout: .seconds(5))
        #expect(String(decoding: response.body, as: UTF8.self) == "none")
        #expect(server.requests.first?.bodyText == "0")
    }
}
