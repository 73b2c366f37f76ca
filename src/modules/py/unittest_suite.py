"""unittest's TestSuite: runs tests in order, with each class's fixtures around its tests."""

import sys

from .case import FunctionTestCase, SkipTest, TestCase
from .util import strclass

__unittest = True  # frames of this module are left out of failure tracebacks


class TestSuite:
    """Tests run in order; class fixtures run once around the tests of each class."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def countTestCases(self):
        return sum(test.countTestCases() for test in self if test is not None)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result, debug=False):
        state = {'class': None, 'failed': False}
        self._run_into(result, state)
        self._finish_class(result, state)
        return result

    def _run_into(self, result, state):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if isinstance(test, TestSuite):
                test._run_into(result, state)
            else:
                if isinstance(test, TestCase) and not isinstance(test, FunctionTestCase):
                    self._enter_class(test.__class__, result, state)
                if not state['failed']:
                    test(result)
            # as CPython's, a suite lets go of each test once it has run
            self._tests[index] = None

    def _enter_class(self, cls, result, state):
        if cls is state['class']:
            return
        self._finish_class(result, state)
        state['class'] = cls
        state['failed'] = False
        if getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls.setUpClass()
        except Exception as e:
            state['failed'] = True
            self._class_error(result, e, 'setUpClass', cls)

    def _finish_class(self, result, state):
        cls = state['class']
        if cls is None:
            return
        state['class'] = None
        if state['failed'] or getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls.tearDownClass()
        except Exception as e:
            self._class_error(result, e, 'tearDownClass', cls)

    def _class_error(self, result, exc, method_name, cls):
        error = _ErrorHolder('%s (%s)' % (method_name, strclass(cls)))
        if isinstance(exc, SkipTest):
            result.addSkip(error, str(exc))
        else:
            result.addError(error, sys.exc_info())


class _ErrorHolder:
    """Stands in for a test in a report of a failed class fixture."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def countTestCases(self):
        return 0
