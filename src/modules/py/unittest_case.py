"""unittest test cases: TestCase with its assert methods and subTest, the skip and
expected-failure decorators, FunctionTestCase."""

import sys

from .result import TestResult
from .util import safe_repr, strclass, _common_shorten_repr

__unittest = True  # frames of this module are left out of failure tracebacks


class SkipTest(Exception):
    """Raise to skip the running test (`TestCase.skipTest` does)."""


def skip(reason):
    """Unconditionally skip the decorated test or class."""
    if not isinstance(reason, str):
        # used bare as @skip: the argument is the test itself
        return skip("")(reason)

    def decorator(test_item):
        if not isinstance(test_item, type):
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            skip_wrapper.__name__ = getattr(test_item, '__name__', 'skip_wrapper')
            skip_wrapper.__doc__ = getattr(test_item, '__doc__', None)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    return decorator


def _identity(obj):
    return obj


def skipIf(condition, reason):
    return skip(reason) if condition else _identity


def skipUnless(condition, reason):
    return skip(reason) if not condition else _identity


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


class _AssertRaisesContext:
    """`with self.assertRaises(E):` and `assertRaisesRegex`."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = None

    def handle(self, name, args, kwargs):
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        callable_obj = args[0]
        args = args[1:]
        with self:
            callable_obj(*args, **kwargs)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        try:
            exc_name = self.expected.__name__
        except AttributeError:
            exc_name = str(self.expected)
        if exc_type is None:
            self.test_case._raise_failure("%s not raised" % exc_name, self.msg)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        import re
        pattern = self.expected_regex
        if isinstance(pattern, str):
            pattern = re.compile(pattern)
        if not pattern.search(str(exc_value)):
            self.test_case._raise_failure(
                '"%s" does not match "%s"' % (pattern.pattern, str(exc_value)), self.msg)
        return True


class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None


class TestCase:
    """A group of test methods; each run of one method is one test."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _class_cleanups = []

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        self._cleanups = []
        self._subtest = None
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__

    # fixtures
    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        outcome = self._outcome or _Outcome(None)
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._call_reporting(outcome, self, function, *args, **kwargs)
        return outcome.success

    # naming
    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    # running
    def _call_reporting(self, outcome, test_case, function, *args, **kwargs):
        """Calls `function`, recording a failure, error or skip in `outcome`; True if it
        returned normally."""
        try:
            function(*args, **kwargs)
            return True
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            outcome.success = False
            if outcome.result is not None:
                outcome.result.addSkip(test_case, str(e))
        except BaseException:
            exc_info = sys.exc_info()
            if outcome.expecting_failure:
                outcome.expectedFailure = exc_info
            else:
                outcome.success = False
                if outcome.result is None:
                    pass
                elif test_case is not self:
                    outcome.result.addSubTest(self, test_case, exc_info)
                elif issubclass(exc_info[0], self.failureException):
                    outcome.result.addFailure(test_case, exc_info)
                else:
                    outcome.result.addError(test_case, exc_info)
        return False

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            skipped = (getattr(self.__class__, "__unittest_skip__", False)
                       or getattr(method, "__unittest_skip__", False))
            if skipped:
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            outcome = _Outcome(result)
            expecting = (getattr(method, "__unittest_expecting_failure__", False)
                         or getattr(self, "__unittest_expecting_failure__", False))
            self._outcome = outcome
            try:
                if self._call_reporting(outcome, self, self.setUp):
                    outcome.expecting_failure = expecting
                    self._call_reporting(outcome, self, method)
                    outcome.expecting_failure = False
                    self._call_reporting(outcome, self, self.tearDown)
                self.doCleanups()
                if outcome.success:
                    if not expecting:
                        result.addSuccess(self)
                    elif outcome.expectedFailure:
                        result.addExpectedFailure(self, outcome.expectedFailure)
                    else:
                        result.addUnexpectedSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    # assertions
    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _raise_failure(self, standard, msg):
        raise self.failureException(self._formatMessage(msg, standard))

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._raise_failure("%s is not true" % safe_repr(expr), msg)

    def assertFalse(self, expr, msg=None):
        if expr:
            self._raise_failure("%s is not false" % safe_repr(expr), msg)

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self._raise_failure('%s != %s' % _common_shorten_repr(first, second), msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._raise_failure('%s == %s' % (safe_repr(first), safe_repr(second)), msg)

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._raise_failure('%s is not %s' % (safe_repr(expr1), safe_repr(expr2)), msg)

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._raise_failure('unexpectedly identical: %s' % (safe_repr(expr1),), msg)

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._raise_failure('%s is not None' % (safe_repr(obj),), msg)

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._raise_failure('unexpectedly None', msg)

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._raise_failure('%s not found in %s' % (safe_repr(member),
                                                        safe_repr(container)), msg)

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._raise_failure('%s unexpectedly found in %s' % (safe_repr(member),
                                                                 safe_repr(container)), msg)

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._raise_failure('%s is not an instance of %r' % (safe_repr(obj), cls), msg)

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._raise_failure('%s is an instance of %r' % (safe_repr(obj), cls), msg)

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._raise_failure('%s not less than %s' % (safe_repr(a), safe_repr(b)), msg)

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._raise_failure('%s not less than or equal to %s'
                                % (safe_repr(a), safe_repr(b)), msg)

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._raise_failure('%s not greater than %s' % (safe_repr(a), safe_repr(b)), msg)

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._raise_failure('%s not greater than or equal to %s'
                                % (safe_repr(a), safe_repr(b)), msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self._raise_failure(standard, msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = '%s == %s within %r places' % (safe_repr(first), safe_repr(second),
                                                      places)
        self._raise_failure(standard, msg)

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        missing = []
        for item in first_seq:
            n, m = first_seq.count(item), second_seq.count(item)
            if n != m and (n, m, item) not in missing:
                missing.append((n, m, item))
        for item in second_seq:
            if item not in first_seq:
                entry = (0, second_seq.count(item), item)
                if entry not in missing:
                    missing.append(entry)
        if missing:
            lines = ['First has %d, Second has %d:  %r' % diff for diff in missing]
            self._raise_failure('Element counts were not equal:\n' + '\n'.join(lines), msg)

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._raise_failure("Regex didn't match: %r not found in %r"
                                % (expected_regex.pattern, text), msg)

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, str):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self._raise_failure('Regex matched: %r matches %r in %r'
                                % (text[match.start():match.end()],
                                   unexpected_regex.pattern, text), msg)

    def _type_equal(self, first, second, msg, kind):
        if not isinstance(first, kind):
            self.fail(self._formatMessage(msg, 'First argument is not a %s' % kind.__name__))
        if not isinstance(second, kind):
            self.fail(self._formatMessage(msg, 'Second argument is not a %s' % kind.__name__))
        self.assertEqual(first, second, msg)

    def assertListEqual(self, list1, list2, msg=None):
        self._type_equal(list1, list2, msg, list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self._type_equal(tuple1, tuple2, msg, tuple)

    def assertDictEqual(self, d1, d2, msg=None):
        self._type_equal(d1, d2, msg, dict)

    def assertSetEqual(self, set1, set2, msg=None):
        self.assertEqual(set1, set2, msg)

    def assertMultiLineEqual(self, first, second, msg=None):
        self._type_equal(first, second, msg, str)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            self._type_equal(seq1, seq2, msg, seq_type)
        else:
            self.assertEqual(seq1, seq2, msg)


class _SubTest(TestCase):
    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[{}]".format(self._message))
        if self.params:
            params_desc = ', '.join("{}={!r}".format(k, v) for (k, v) in self.params.items())
            parts.append("({})".format(params_desc))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.subtest = _SubTest(test_case, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.test_case._outcome
        if exc_type is None or outcome is None:
            return False
        if issubclass(exc_type, KeyboardInterrupt):
            return False
        if issubclass(exc_type, SkipTest):
            outcome.result.addSkip(self.subtest, str(exc_value))
            return True
        if outcome.expecting_failure:
            outcome.expectedFailure = (exc_type, exc_value, tb)
            return True
        outcome.success = False
        outcome.result.addSubTest(self.test_case, self.subtest, (exc_type, exc_value, tb))
        return True


class FunctionTestCase(TestCase):
    """A test case around a plain function."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None
