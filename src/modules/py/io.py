"""The io module: the stream classes of _io (StringIO, BytesIO, the file types open()
returns) and the class hierarchy IOBase > RawIOBase / BufferedIOBase / TextIOBase.

The bases are written here in Python, so that a user subclass inherits readline(),
readlines(), iteration, writelines() and the context manager built on its own read() and
write(), as from CPython's _io._IOBase. They are ABCs: the native classes are registered
with them, so isinstance(io.StringIO(), io.TextIOBase) holds."""

import abc
import sys as _sys
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, BufferedRandom, BufferedReader,
                 BufferedWriter, BytesIO, FileIO, StringIO, TextIOWrapper,
                 UnsupportedOperation, open)

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class IOBase(metaclass=abc.ABCMeta):
    """The base of every stream: closing, iteration by line, the context manager."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def seek(self, *args):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, *args):
        self._unsupported("truncate")

    def fileno(self):
        self._unsupported("fileno")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        try:
            closed = self.closed
        except AttributeError:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    @property
    def closed(self):
        return self.__closed

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def readline(self, size=-1):
        if size is None:
            size = -1
        peek = getattr(self, "peek", None)
        line = bytearray()
        while size < 0 or len(line) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    end = ahead.find(b"\n") + 1 or len(ahead)
                    n = end if size < 0 else min(end, size - len(line))
            chunk = self.read(n)
            if not chunk:
                break
            line += chunk
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        self._checkClosed()
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: read() is built on readinto()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        if n is None:
            return None
        del buf[n:]
        return bytes(buf)

    def readall(self):
        data = bytearray()
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if not chunk:
                break
            data += chunk
        return bytes(data)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered binary streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n


class TextIOBase(IOBase):
    """Text streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def readline(self, size=-1):
        self._unsupported("readline")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


RawIOBase.register(FileIO)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom,
             type(_sys.__stdout__.buffer), type(_sys.__stdin__.buffer)):
    # (unbuffered, stdout's buffer is the raw FileIO)
    (RawIOBase if _cls.__name__ == "FileIO" else BufferedIOBase).register(_cls)
for _cls in (StringIO, TextIOWrapper, type(_sys.__stdout__)):
    TextIOBase.register(_cls)
del _cls
