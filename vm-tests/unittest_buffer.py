# unittest: buffer=True (a test's stdout/stderr kept, and shown in the failure report only
# when it fails), tb_locals=True (locals under each traceback line), failfast stopping the run.
import io
import re
import sys
import unittest


def norm(s):
    s = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", s)
    return re.sub(r'File ".*?([a-z_]+\.py)"', r'File "\1"', s)


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden output")

    def test_loud_fail(self):
        print("visible output")
        print("to stderr", file=sys.stderr)
        self.assertEqual(1, 2)

    def test_no_newline(self):
        sys.stdout.write("partial")
        raise KeyError("k")


class Locals(unittest.TestCase):
    def test_locals(self):
        count = 3
        name = "x"
        self.assertGreater(count, 5)


def run(*classes, **kw):
    buf = io.StringIO()
    suite = unittest.TestSuite(unittest.TestLoader().loadTestsFromTestCase(c) for c in classes)
    res = unittest.TextTestRunner(stream=buf, **kw).run(suite)
    print(norm(buf.getvalue()))
    return res


print("before")
res = run(Noisy, buffer=True)
print("after", sys.stdout is sys.__stdout__, res.testsRun)
res = run(Locals, tb_locals=True)
res = run(Noisy, Locals, failfast=True, verbosity=2)
print(res.testsRun, res.shouldStop)

# Warm-up: the buffered run of a passing test many times, then a failing one.
r = unittest.TestResult()
r.buffer = True
t = Noisy("test_quiet_pass")
for _ in range(200):
    t.run(r)
print(r.testsRun, r.wasSuccessful())
Noisy("test_loud_fail").run(r)
print(r.testsRun, len(r.failures), r.failures[0][1].count("Stdout:"))
