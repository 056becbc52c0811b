"""STS AssumeRole as AWS validates it: moto 5.2 accepts any RoleArn (even `not-an-arn`) and hands out
keys for the default account, so a fleet entry with a mistyped roleArn would look checked. AWS answers
ValidationError for a RoleArn shorter than 20 characters or not of the form
arn:PARTITION:iam::ACCOUNT:role/NAME. Imported by scripts/emulator/server.py for its effects."""
import re

from moto.sts.exceptions import STSValidationError
from moto.sts.responses import TokenResponse

ROLE_ARN = re.compile(r"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]+$")
_original_assume_role = TokenResponse.assume_role


def _assume_role(self):
    role_arn = self._get_param("RoleArn") or ""
    if len(role_arn) < 20:
        raise STSValidationError(
            f"1 validation error detected: Value '{role_arn}' at 'roleArn' failed to satisfy constraint: "
            "Member must have length greater than or equal to 20")
    if not ROLE_ARN.match(role_arn):
        raise STSValidationError(f"{role_arn} is invalid")
    return _original_assume_role(self)


TokenResponse.assume_role = _assume_role
