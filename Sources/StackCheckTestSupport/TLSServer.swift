import Foundation

/// An HTTPS loopback endpoint with a self-signed certificate made at start (`openssl req -x509`), that
/// answers every request with `body`. For CA-bundle tests: trusted only through `AWS_CA_BUNDLE=certificate`.
/// Served by python's `http.server` behind `ssl`, started and stopped like the emulator.
public final class TLSServer: Sendable {
    public let endpoint: URL
    /// The server's certificate (PEM): a CA bundle that trusts it.
    public let certificate: String
    private let child: EmulatorProcess
    private let folder: URL

    public init(body: String) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("stackcheck-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        certificate = folder.appendingPathComponent("cert.pem").path
        let key = folder.appendingPathComponent("key.pem").path
        let openssl = try await Tool.run(
            "openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "1",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            ])
        guard openssl.status == 0 else { throw EmulatorError("openssl req failed: \(openssl.stderr)") }
        let script = folder.appendingPathComponent("server.py")
        try Data(Self.script.utf8).write(to: script)
        try Data(body.utf8).write(to: folder.appendingPathComponent("body"))
        child = try EmulatorProcess(
            script: script, environment: ["TLS_CERT": certificate, "TLS_KEY": key, "TLS_BODY": folder.path + "/body"])
        endpoint = try await child.waitUntilReady(timeout: .seconds(30))
    }

    deinit {
        child.terminate()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Prints the launcher's ready line (so `EmulatorProcess` can wait for it) with an https URL.
    static let script = #"""
        import http.server, os, ssl, sys
        body = open(os.environ["TLS_BODY"], "rb").read()
        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self.send_response(200)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            do_GET = do_POST = answer
            def log_message(self, *args):
                pass
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(os.environ["TLS_CERT"], os.environ["TLS_KEY"])
        server.socket = context.wrap_socket(server.socket, server_side=True)
        print(f"stackcheck-emulator listening on https://127.0.0.1:{server.server_port}", flush=True)
        server.serve_forever()
        """#
}
