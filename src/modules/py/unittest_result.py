"""unittest's TestResult: what each test's outcome was, with failure reports as text."""

import sys

from .util import strclass

__unittest = True  # frames of this module are left out of failure tracebacks


class TestResult:
    """Collects the outcome of each test."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback report of `err`, without this module's frames."""
        exctype, value, tb = err
        while tb is not None and '__unittest' in tb.tb_frame.f_globals:
            tb = tb.tb_next
        last = tb
        while last is not None and last.tb_next is not None:
            if '__unittest' in last.tb_next.tb_frame.f_globals:
                last.tb_next = None
                break
            last = last.tb_next
        return _format_exception(exctype, value, tb)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


def _format_exception(exctype, value, tb):
    """What an uncaught `value` would print, as a string."""
    if value is not None:
        value.__traceback__ = tb
    buf = _StringStream()
    saved = sys.stderr
    sys.stderr = buf
    try:
        sys.__excepthook__(exctype, value, tb)
    finally:
        sys.stderr = saved
    return buf.getvalue()


class _StringStream:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)
