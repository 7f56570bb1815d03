"""Input checks shared by services, the CLI and forms. Each failure names the field and the reason."""

import re
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class FieldError:
    """`template` is an English sentence with {placeholders}; the UI translates it whole, then fills it."""

    field: str
    template: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, field: str, template: str, **params: object) -> "FieldError":
        return cls(field, template, tuple(params.items()))

    @property
    def reason(self) -> str:
        return self.template.format(**dict(self.params))


class ValidationError(ValueError):
    """One or more fields are wrong; nothing was saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.reason}" for e in errors))

    @classmethod
    def single(cls, field: str, template: str, **params: object) -> "ValidationError":
        return cls([FieldError.of(field, template, **params)])


MIN_PASSWORD_LENGTH = 10
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tabs and line breaks are text; the rest is not


def control_problem(text: str) -> str | None:
    """Invisible control characters (a stray NUL from a CSV, say) are refused: the server cannot store them."""
    if _CONTROL.search(text):
        return "contains invisible control characters; retype it"
    return None
_SEPARATORS = re.compile(r"[\s\-()]")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def password_problem(password: str) -> FieldError | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return FieldError.of("password", "password must be at least {n} characters long", n=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        return FieldError("password", "password must not start or end with a space")
    return None


@dataclass(frozen=True)
class PasswordPolicy:
    """The office's password and lockout rules, set by the security administrator (an office rule, synced)."""

    min_length: int = MIN_PASSWORD_LENGTH
    min_classes: int = 3  # of upper case, lower case, digits, symbols
    max_age_days: int = 90  # then a forced change; 0: never expires
    history: int = 5  # the last N passwords are not used again
    lockout_threshold: int = 5  # failed logins within the window lock the account
    lockout_window_minutes: int = 15
    lockout_minutes: int = 5


# Each setting's bounds: a policy outside them is refused (and one arriving from a newer version is clamped).
POLICY_BOUNDS: dict[str, tuple[int, int]] = {
    "min_length": (MIN_PASSWORD_LENGTH, 64), "min_classes": (1, 4), "max_age_days": (0, 365), "history": (0, 24),
    "lockout_threshold": (3, 10), "lockout_window_minutes": (1, 1440), "lockout_minutes": (1, 1440)}


def _classes(password: str) -> int:
    kinds = (any(c.isupper() for c in password), any(c.islower() for c in password),
             any(c.isdigit() for c in password), any(not c.isalnum() and not c.isspace() for c in password))
    return sum(kinds)


def policy_problems(password: str, username: str, policy: PasswordPolicy) -> list[FieldError]:
    """Every rule of the policy the new password breaks, each named (history is the service's: it needs hashes)."""
    problems: list[FieldError] = []
    if len(password) < policy.min_length:
        problems.append(FieldError.of("password", "password must be at least {n} characters long",
                                      n=policy.min_length))
    if password.strip() != password:
        problems.append(FieldError("password", "password must not start or end with a space"))
    if _classes(password) < policy.min_classes:
        problems.append(FieldError.of("password", "password must mix at least {n} of upper case, lower case, "
                                      "digits and symbols", n=policy.min_classes))
    if username and username.casefold() in password.casefold():
        problems.append(FieldError("password", "password must not contain the user name"))
    return problems


def username_problem(name: str) -> str | None:
    if not name:
        return "user name is required"
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{2,32}", name):
        return "user name must be 2-32 letters, digits, '.', '_' or '-'"
    return None


class PhoneKind(StrEnum):
    """What a number field holds, so each is checked as what it is."""

    MOBILE = "mobile"  # a Chinese mobile: 11 digits from 13-19
    LANDLINE = "landline"  # an area code then the number (010-12345678), an extension allowed
    PUBLIC = "public"  # an organisation's line: a landline, or a service number such as 12345 or 110
    SECURE = "secure"  # a secure-line (红机) number: 3 to 8 digits of its own network, or a landline
    ANY = "any"  # a caller's number, as given: any of the above, or a local number without its area code


_LANDLINE = re.compile(r"^0[1-9]\d{8,10}$")  # 0 + a 2-3 digit area code + a 7-8 digit number
_SERVICE = re.compile(r"^[1-9]\d{2,4}$")  # 110, 12345, 95588


def _split(raw: str) -> tuple[bool, str, str]:
    """(leading +, the digits, the extension), or ValueError when it holds anything but a number."""
    text, ext = raw.strip(), ""
    for marker in ("转", "ext.", "ext", "x"):
        if marker in text.lower():
            idx = text.lower().index(marker)
            text, ext = text[:idx], text[idx + len(marker):].strip()
            break
    plus = text.startswith("+")
    digits = _SEPARATORS.sub("", text.lstrip("+"))
    if not digits.isdigit() or (ext and not (ext.isdigit() and len(ext) <= 6)):
        raise ValueError("a phone number may contain only digits, spaces, '-', '()', a leading '+' "
                         "and an extension of up to 6 digits")
    return plus, digits, ext


def _check_any(local: str) -> None:
    if len(local) <= 5:
        if len(local) < 3:
            raise ValueError("a service or secure-line number has at least 3 digits")
    elif local.startswith("1"):
        if not _MOBILE.match(local):
            raise ValueError("a mobile number has 11 digits starting with 13-19")
    elif not 6 <= len(local) <= 12:
        raise ValueError("a fixed-line number has 6 to 12 digits (area code included)")


def _check(kind: PhoneKind, local: str, ext: str) -> None:
    """`local`: the number as dialled inside China (a landline with its leading 0)."""
    if kind is PhoneKind.MOBILE:
        if not _MOBILE.match(local):
            raise ValueError("a mobile number has 11 digits starting with 13-19")
        if ext:
            raise ValueError("a mobile number has no extension")
    elif kind is PhoneKind.LANDLINE:
        if not _LANDLINE.match(local):
            raise ValueError("a fixed line is its area code then the number, e.g. 010-12345678")
    elif kind is PhoneKind.PUBLIC:
        if not (_LANDLINE.match(local) or _SERVICE.match(local)):
            raise ValueError("an organisation's line is a fixed line with its area code (010-12345678) or a "
                             "service number such as 12345")
    elif kind is PhoneKind.SECURE:
        if not (_LANDLINE.match(local) or re.fullmatch(r"\d{3,8}", local)):
            raise ValueError("a secure line is a number of 3 to 8 digits, or a fixed line with its area code")
    else:
        _check_any(local)


def normalize_phone(raw: str, kind: PhoneKind = PhoneKind.ANY) -> str:
    """Strip separators; keep an optional leading '+'. Raises ValueError naming what is wrong for `kind`."""
    if not raw.strip():
        return ""
    plus, digits, ext = _split(raw)
    if plus and not digits.startswith("86"):
        if kind is PhoneKind.MOBILE:
            raise ValueError("a mobile number has 11 digits starting with 13-19")
        if not 8 <= len(digits) <= 15:
            raise ValueError("an international number needs 8 to 15 digits")
    else:
        local = digits[2:] if plus else digits
        if plus and not re.match(r"1[3-9]", local):
            local = "0" + local  # +86 10 6519 2233 is the Beijing fixed line 010-6519 2233
        _check(kind, local, ext)
    result = ("+" if plus else "") + digits
    return f"{result} ext. {ext}" if ext else result


def format_phone(stored: str) -> str:
    """Readable grouping of a normalised number: 139 0000 0101, 010-6519 2233, 6519 2233."""
    number, sep, ext = stored.partition(" ext. ")
    if number.isdigit():
        if len(number) == 11 and number.startswith("1"):
            number = f"{number[:3]} {number[3:7]} {number[7:]}"
        elif len(number) == 11 and number.startswith("0"):
            number = f"{number[:3]}-{number[3:7]} {number[7:]}"
        elif len(number) == 8:
            number = f"{number[:4]} {number[4:]}"
    return f"{number}{sep}{ext}"
