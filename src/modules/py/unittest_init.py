"""A unit-testing framework with the core of CPython 3.11's unittest: TestCase and its assert
methods, subTest, skipping and expected failures, class fixtures and cleanups, suites, the
loader, TextTestRunner with its dots / verbose report, and main().

Not here: `unittest.mock`, test discovery from the command line, and the long diffs CPython
adds to failure messages for unequal strings, lists and dicts (the plain 'a != b' is given).
"""

from .case import (SkipTest, TestCase, FunctionTestCase, skip, skipIf, skipUnless,
                   expectedFailure)
from .result import TestResult
from .suite import TestSuite
from .loader import TestLoader, defaultTestLoader
from .runner import TextTestResult, TextTestRunner
from .main import main, TestProgram

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult']

__unittest = True
