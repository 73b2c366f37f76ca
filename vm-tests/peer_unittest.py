# unittest: outcomes, messages, fixtures, subTest, skips, expected failures and the runner's
# report (run with a stream so the timing line can be masked), plus main(exit=False).
import io
import sys
import unittest

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_ok(self):
        """First line of the doc.

        More."""
        self.assertEqual([1, 2], [1, 2])
        self.assertTrue(1)
        self.assertIn(2, [1, 2])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        with self.assertRaises(KeyError) as cm:
            {}["k"]
        log.append(repr(cm.exception))
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        self.assertRaisesRegex(ValueError, "inv.lid", int, "invalid")

    def test_fail(self):
        self.assertEqual(1, 2, "custom")

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skip(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


class Messages(unittest.TestCase):
    def check(self, fn, *args):
        try:
            fn(*args)
        except AssertionError as e:
            return str(e)
        return "no failure"

    def test_messages(self):
        out = []
        for _ in range(200):  # warm the same assert paths
            out = [
                self.check(self.assertEqual, 1, 2.5),
                self.check(self.assertNotEqual, 1, 1),
                self.check(self.assertTrue, 0),
                self.check(self.assertFalse, [1]),
                self.check(self.assertIs, 1, None),
                self.check(self.assertIsNot, None, None),
                self.check(self.assertIsNotNone, None),
                self.check(self.assertIn, 3, [1]),
                self.check(self.assertNotIn, 1, [1]),
                self.check(self.assertIsInstance, 1, str),
                self.check(self.assertNotIsInstance, 1, int),
                self.check(self.assertGreater, 1, 2),
                self.check(self.assertGreaterEqual, 1, 2),
                self.check(self.assertLessEqual, 2, 1),
                self.check(self.assertAlmostEqual, 1.0, 1.1),
                self.check(self.assertAlmostEqual, 1.0, 1.5, None, None, 0.1),
                self.check(self.assertNotAlmostEqual, 1.0, 1.0),
                self.check(self.assertRaises(ValueError).__exit__, None, None, None),
                self.check(self.fail, "boom"),
                self.check(self.assertEqual, 10 ** 100, 1),
            ]
        for line in out:
            print(line)


def masked(text):
    return "\n".join("Ran (time)" if l.startswith("Ran ") else l for l in text.split("\n"))


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures))
for verbosity in (1, 2):
    # a suite drops each test once run, so every run gets a new one
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(Fixtures),
                                loader.loadTestsFromTestCase(Messages)])
    print(suite.countTestCases())
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(masked(stream.getvalue()))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(log[:12])
try:
    suite.run(unittest.TestResult())
except TypeError as e:
    print("TypeError", e)
print(str(Fixtures("test_ok")), repr(Fixtures("test_ok")), Fixtures("test_ok").id())
print(Fixtures("test_ok").shortDescription())
try:
    Fixtures("nope")
except ValueError as e:
    print("ValueError", e)


class Passing(unittest.TestCase):
    def test_one(self):
        print("running test_one")


stream = io.StringIO()
prog = unittest.main(argv=["prog", "Passing"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream))
print(prog.result.wasSuccessful(), masked(stream.getvalue()))
try:
    unittest.main(argv=["prog", "Passing"], testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as e:
    print("SystemExit", e.code)
