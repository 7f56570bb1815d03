"""Files people hand to Duty Desk or take from it: imports read within a bound of bytes actually read and
decoded only when the encoding is clear; exports written whole or not at all."""

import errno
import os
import stat
import tempfile
from contextlib import suppress
from pathlib import Path

from duty_desk.domain.text_encoding import decode_text
from duty_desk.domain.validation import ValidationError
from duty_desk.services.permission import internal

MB = 1024 * 1024
MAX_IMPORT_BYTES = 20 * MB  # a directory or a year's roster is a few hundred KB; far larger is the wrong file


@internal
def read_bounded(path: Path, limit: int, error: type[ValidationError] = ValidationError) -> bytes:
    """At most `limit` bytes, counted as read: a device or a growing file (/dev/zero) is stopped there, as the
    size a file claims is not trusted."""
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise error.single("file", "cannot read {path}: {reason}", path=str(path),
                           reason=exc.strerror or str(exc)) from exc
    if len(data) > limit:
        raise error.single("file", "{path} is larger than {mb} MB; is it the right file?", path=str(path),
                           mb=limit // MB)
    return data


@internal
def read_text(path: Path, error: type[ValidationError] = ValidationError, limit: int = MAX_IMPORT_BYTES) -> str:
    """A text file in UTF-8 or GB18030, or `error` naming the encodings read."""
    decoded = decode_text(read_bounded(path, limit, error))
    if decoded.text is not None:
        return decoded.text
    if decoded.line:
        raise error.single("file", "{path} is neither UTF-8 nor GB18030 text (the encodings read: UTF-8 with or "
                           "without a BOM, then GB18030): read as GB18030, line {line} would be “{sample}”, so it "
                           "is in another encoding (Latin-1?); save it from Excel as 'CSV UTF-8'", path=str(path),
                           line=decoded.line, sample=decoded.sample)
    raise error.single("file", "{path} is neither UTF-8 nor GB18030 text (the encodings read: UTF-8 with or without "
                       "a BOM, then GB18030); save it from Excel as 'CSV UTF-8'", path=str(path))


@internal
def write_atomic(path: Path, data: bytes) -> None:
    """`data` as the whole of `path`, or OSError (naming `path`) and `path` as it was: written to a temporary
    file in the same folder, flushed to disk, then renamed over it. A new file is readable by its owner only (an
    export holds phone numbers); one replaced keeps its mode."""
    try:
        _replace(path, data)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc  # the file asked for, not the temporary
    with suppress(OSError):  # the rename itself survives a power cut once the folder is flushed
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _replace(path: Path, data: bytes) -> None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        mode = None
    else:
        if not stat.S_ISREG(info.st_mode):  # never a device (/dev/full) or a folder swapped for a file
            raise OSError(errno.EEXIST, "not a regular file; choose a file name", str(path))
        mode = stat.S_IMODE(info.st_mode)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
