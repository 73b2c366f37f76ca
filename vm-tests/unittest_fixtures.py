# unittest: the order of setUpModule/tearDownModule, setUpClass/tearDownClass, setUp/
# tearDown and cleanups (addCleanup, addClassCleanup, addModuleCleanup, enterContext);
# errors and skips raised in fixtures and how the runner reports them.
import io
import re
import sys
import unittest

log = []


def norm(s):
    s = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", s)
    return re.sub(r'File ".*?([a-z_]+\.py)"', r'File "\1"', s)


def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup")


def tearDownModule():
    log.append("tearDownModule")


class Ctx:
    def __enter__(self):
        log.append("ctx enter")
        return "ctx value"

    def __exit__(self, *a):
        log.append("ctx exit")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("First.setUpClass")
        cls.addClassCleanup(log.append, "First class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("First.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 2 " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_a(self):
        log.append("test_a " + self.enterContext(Ctx()))

    def test_b(self):
        log.append("test_b")
        self.fail("b fails")


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("Broken.setUpClass")
        raise ValueError("class setup broke")

    @classmethod
    def tearDownClass(cls):
        log.append("never")

    def test_never(self):
        log.append("never")


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("skip the class")

    def test_x(self):
        pass


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        log.append("BrokenSetUp.setUp")
        self.addCleanup(log.append, "cleanup after broken setUp")
        raise RuntimeError("setUp broke")

    def tearDown(self):
        log.append("never")

    def test_x(self):
        log.append("never")


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise KeyError("tearDown broke")

    def test_x(self):
        log.append("BrokenTearDown.test_x")


class BrokenCleanup(unittest.TestCase):
    def test_x(self):
        self.addCleanup(lambda: 1 / 0)
        self.addCleanup(log.append, "second cleanup runs first")


class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise OSError("tearDownClass broke")

    def test_x(self):
        pass


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (First, BrokenSetUpClass, SkipInSetUpClass, BrokenSetUp, BrokenTearDown,
            BrokenCleanup, BrokenTearDownClass):
    suite.addTests(loader.loadTestsFromTestCase(cls))
print(suite.countTestCases())
buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(norm(buf.getvalue()))
for entry in log:
    print(entry)
print(res.testsRun, len(res.errors), len(res.failures), [(str(t), r) for t, r in res.skipped])
print([str(t) for t, _ in res.errors])
print(suite.countTestCases(), list(suite)[0])

# A test run directly (its own result), then debug().
log.clear()
t = First("test_a")
r = t.run()
print(type(r).__name__, r.testsRun, r.wasSuccessful(), log)
log.clear()
First("test_a").debug()
print(log)
try:
    BrokenSetUp("test_x").debug()
except RuntimeError as e:
    print("debug raised", e)
try:
    First("test_missing")
except ValueError as e:
    print(e)

# Warm-up: one test run many times; then its setUp changes.
class Counter(unittest.TestCase):
    calls = 0

    def setUp(self):
        Counter.calls += 1

    def test_it(self):
        pass


r = unittest.TestResult()
for _ in range(200):
    Counter("test_it").run(r)
print(Counter.calls, r.testsRun, r.wasSuccessful())
Counter.setUp = lambda self: 1 / 0
Counter("test_it").run(r)
print(r.testsRun, len(r.errors), r.errors[0][1].splitlines()[-1])
