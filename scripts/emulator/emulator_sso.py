"""IAM Identity Center's portal for scripts/emulator/server.py: GetRoleCredentials, which moto does not serve.

    GET /federation/credentials?role_name=R&account_id=A     header x-amz-sso_bearer_token: TOKEN

answers as the portal does (`{"roleCredentials": {accessKeyId, secretAccessKey, sessionToken,
expiration (epoch milliseconds)}}`) with credentials moto's STS knows: they come from moto's own
assume_role for arn:aws:iam::A:role/R, so GetCallerIdentity names the assumed role
(arn:aws:sts::A:assumed-role/R/<session>). The session name is the portal user's, which the emulator
takes from the token's owner when `aws sso login` is not real here: a fixed "sso-user". A missing token
is 401 UnauthorizedException, as on AWS; the emulator does not check which tokens were issued.

botocore and the AWS CLI send this request to AWS_ENDPOINT_URL_SSO, else AWS_ENDPOINT_URL, when set,
so both they and stackcheck reach the emulator. Imported by scripts/emulator/server.py, which calls handle().
"""
import json
from urllib.parse import parse_qs

from moto.sts.models import sts_backends
from werkzeug.serving import WSGIRequestHandler

SESSION_NAME = "sso-user"
PATH = "/federation/credentials"


class RequestHandler(WSGIRequestHandler):
    """werkzeug's server drops every header with an underscore in its name; the portal's token header
    has one, so it is copied into the environ here (scripts/emulator/server.py serves with this handler)."""

    def make_environ(self):
        environ = super().make_environ()
        token = self.headers.get("x-amz-sso_bearer_token")
        if token is not None:
            environ["HTTP_X_AMZ_SSO_BEARER_TOKEN"] = token
        return environ


def handle(environ, start_response):
    """The portal's answer for its path; None for any other request (moto serves it)."""
    if environ.get("PATH_INFO", "") != PATH or environ.get("REQUEST_METHOD") != "GET":
        return None
    query = parse_qs(environ.get("QUERY_STRING", ""))
    role_name = query.get("role_name", [""])[0]
    account_id = query.get("account_id", [""])[0]
    token = environ.get("HTTP_X_AMZ_SSO_BEARER_TOKEN", "")
    if not token:
        return _error(start_response, "401 Unauthorized", "UnauthorizedException",
                      "Session token not found or invalid")
    if not role_name or not (account_id.isdigit() and len(account_id) == 12):
        return _error(start_response, "400 Bad Request", "InvalidRequestException",
                      "role_name and a 12-digit account_id are required")
    role = sts_backends[account_id]["aws"].assume_role(
        region_name="us-east-1", role_session_name=SESSION_NAME,
        role_arn=f"arn:aws:iam::{account_id}:role/{role_name}", policy=None, duration=3600, external_id=None)
    body = {"roleCredentials": {
        "accessKeyId": role.access_key_id, "secretAccessKey": role.secret_access_key,
        "sessionToken": role.session_token, "expiration": int(role.expiration.timestamp() * 1000)}}
    return _json(start_response, "200 OK", body)


def _error(start_response, status, code, message):
    return _json(start_response, status, {"message": message}, [("x-amzn-ErrorType", code)])


def _json(start_response, status, value, headers=()):
    data = json.dumps(value).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data))), *headers])
    return [data]
