"""Fault-injection control for the emulator: set a stack's status to any value.

moto's CloudFormation only ever reaches a few statuses (CREATE_COMPLETE, UPDATE_COMPLETE,
DELETE_COMPLETE, and the rollbacks the launcher adds), and never holds a stack in progress. The
stack-status verdict (smoke, drift, describe, watch) is defined for every status CloudFormation
documents, so the tests need to put a real stack, with real resources, into each of them. This is a
test control, not an AWS behaviour: nothing in AWS lets a caller set a stack's status.

    POST /stackcheck/stack-status?stack=NAME&status=UPDATE_ROLLBACK_FAILED[&reason=TEXT][&region=R]
        sets the stack's StackStatus (and StackStatusReason); `status=` empty makes DescribeStacks
        answer an empty StackStatus (the "no status" case); answers {"StackId", "StackStatus"}.

Hooked in by importing this module from scripts/emulator/server.py: it wraps moto's dispatcher, so the
route runs under the launcher's lock like every other request.
"""
import json
from urllib.parse import parse_qs

from moto.cloudformation.models import cloudformation_backends
from moto.core import DEFAULT_ACCOUNT_ID
from moto.moto_server.werkzeug_app import DomainDispatcherApplication

ROUTE = "/stackcheck/stack-status"


def set_stack_status(region, name, status, reason=None):
    backend = cloudformation_backends[DEFAULT_ACCOUNT_ID][region]
    stack = backend.get_stack(name)
    stack.status = status
    stack.status_reason = reason
    return {"StackId": stack.stack_id, "StackStatus": status}


def _answer(start_response, status, value):
    body = json.dumps(value).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


_original_call = DomainDispatcherApplication.__call__


def _call(self, environ, start_response):
    if environ.get("PATH_INFO", "") != ROUTE:
        return _original_call(self, environ, start_response)
    query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    first = lambda key, default=None: query.get(key, [default])[0]  # noqa: E731
    try:
        result = set_stack_status(first("region", "us-east-2"), first("stack", ""), first("status", ""),
                                  first("reason"))
    except Exception as error:  # the stack does not exist: say so, as a control answer
        return _answer(start_response, "404 Not Found", {"error": str(error)})
    return _answer(start_response, "200 OK", result)


DomainDispatcherApplication.__call__ = _call
