# unittest: TextTestRunner output at verbosity 0, 1 and 2 (dots, names, the ===== failure
# blocks with tracebacks, the summary line), subtests, skips, expected failures,
# unexpected successes, docstring descriptions; the time is normalised.
import io
import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def norm(s):
    s = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", s)
    return s.replace(HERE, "")


class Basic(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]

    def test_ok(self):
        self.assertEqual(self.items, [1, 2, 3])

    def test_fail_list(self):
        self.assertEqual(self.items, [1, 2, 4])

    def test_fail_str(self):
        self.assertEqual("hello\nworld\n", "hello\nword\n")

    def test_fail_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_error(self):
        {}["missing"]

    def test_error_chained(self):
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("wrapped") from e

    @unittest.skip("not now")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inside")

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "never shown")
    def test_skip_unless_runs(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_sub_msg(self):
        with self.subTest("labelled", x=1):
            with self.subTest(y=2):
                raise KeyError("in sub")
        with self.subTest():
            self.fail("plain")

    def test_doc(self):
        """A documented test.

        More text."""

    def test_raises_fail(self):
        with self.assertRaises(TypeError):
            pass

    def test_fail_msg(self):
        self.assertEqual(1, 2, "custom message")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


def run(verbosity, *classes, **kw):
    buf = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    res = unittest.TextTestRunner(stream=buf, verbosity=verbosity, **kw).run(suite)
    print(norm(buf.getvalue()))
    print(res.testsRun, res.wasSuccessful(), len(res.failures), len(res.errors),
          len(res.skipped), len(res.expectedFailures), len(res.unexpectedSuccesses))
    return res


for v in (0, 1, 2):
    run(v, Basic, Skipped)
run(2, Basic, descriptions=False)
res = run(1, Basic, failfast=True)
print([str(t) for t, _ in res.failures + res.errors])
print([(str(t), r) for t, r in run(1, Skipped).skipped])


class Passing(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)


for _ in range(3):
    run(1, Passing)
# Warm-up: a test run many times, then the class changes under it.
r = unittest.TestResult()
t = Passing("test_one")
for _ in range(200):
    t.run(r)
print(r.testsRun, r.wasSuccessful(), r)
Passing.test_one = lambda self: self.assertTrue(False)
t.run(r)
print(r.testsRun, r.wasSuccessful(), len(r.failures), r)
