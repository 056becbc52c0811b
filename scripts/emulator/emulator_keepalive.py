"""Persistent HTTP/1.1 connections, as AWS's endpoints keep them.

AWS answers API calls over keep-alive connections, and every SDK (botocore's urllib3 pool, libcurl's
connection cache) sends the next call on the same connection. werkzeug's development server closes
every connection after one answer (`Connection: close`), because it cannot tell where an unread request
body ends, and then waits up to 10 ms for stray bytes before closing. On the emulator that made every
call pay a TCP connect, accept and teardown that no client pays against AWS.

This handler reads each request's whole body first (Content-Length, or chunked), hands moto a buffer of
exactly that, and answers with a Content-Length, so the connection is left at the next request line and
stays open. Idle connections close after `timeout` seconds, as AWS's endpoints close idle ones.
"""
import io
import sys
import traceback

import emulator_sso

# The status lines whose answers have no body (RFC 9110).
_NO_BODY = {204, 304}


class RequestHandler(emulator_sso.RequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 60
    # Headers and body go out as two writes; with Nagle's algorithm the body would wait for the client's
    # delayed ACK of the headers (40 ms a call), which a closed connection used to flush.
    disable_nagle_algorithm = True

    def run_wsgi(self):
        if self.headers.get("Expect", "").lower().strip() == "100-continue":
            self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        body = self._read_body()
        self.environ = environ = self.make_environ()
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        status, headers, chunks = self._call_app(environ)
        code, _, reason = status.partition(" ")
        code = int(code)
        payload = b"".join(chunks)
        self.send_response(code, reason)
        for name, value in headers:
            # The length is ours to state (the body is complete here); HEAD keeps the app's.
            if name.lower() in ("connection", "transfer-encoding"):
                continue
            if name.lower() == "content-length" and self.command != "HEAD":
                continue
            self.send_header(name, value)
        if self.command != "HEAD" and code not in _NO_BODY and not 100 <= code < 200:
            self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD" and code not in _NO_BODY:
            self.wfile.write(payload)
        self.wfile.flush()

    def _call_app(self, environ):
        answer = {}
        written = []

        def start_response(status, headers, exc_info=None):
            answer["status"], answer["headers"] = status, list(headers)
            return written.append

        try:
            result = self.server.app(environ, start_response)
            try:
                written.extend(result)
            finally:
                if hasattr(result, "close"):
                    result.close()
            return answer["status"], answer["headers"], written
        except Exception:  # moto's own failure: a 500 with the trace on stderr, the connection kept
            traceback.print_exc(file=sys.stderr)
            text = b"emulator error (see its stderr)"
            return "500 Internal Server Error", [("Content-Type", "text/plain")], [text]

    def _read_body(self):
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    # Trailer fields, up to the empty line.
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""
