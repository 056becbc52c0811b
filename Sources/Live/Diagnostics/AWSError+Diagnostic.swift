import AWS
import Findings

extension AWSError: DiagnosticConvertible {
    /// Marked by the call, the service's error code and the request id; exit 3 when throttled or out of
    /// time, else 2. The message is redacted again here, since the code can come from the answer too.
    public var diagnostic: Diagnostic {
        Diagnostic(
            mark: .operation(action: action, code: kind == .service ? code.rawValue : nil, status: kind == .transport ? nil : status,
                requestId: requestId),
            message: SecretRedactor.redact(summary), hint: hint,
            exitClass: isInconclusive ? .inconclusive : .undecided)
    }

    private var hint: String? {
        if isAccessDenied { return "`stackcheck iam-policy` prints the least-privilege policy stackcheck needs" }
        if kind == .credentials { return "`stackcheck whoami` shows which credentials and region are in use" }
        return nil
    }
}
