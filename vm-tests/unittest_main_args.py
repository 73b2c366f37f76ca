# unittest.main(exit=False) with command lines: -v, -q, -k patterns, test names
# (Class, Class.method), -f failfast, defaultTest; the result object it keeps.
import io
import re
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIn(3, [1, 2])

    def test_three(self):
        pass


class Beta(unittest.TestCase):
    def test_one(self):
        pass

    def test_other(self):
        raise ValueError("beta")


def run(argv, **kw):
    err = io.StringIO()
    sys.stderr = err
    try:
        prog = unittest.main(argv=["prog"] + argv, exit=False,
                             testLoader=unittest.TestLoader(), **kw)
    finally:
        sys.stderr = sys.__stderr__
    out = re.sub(r"in [0-9.]+s", "in X.XXXs", err.getvalue())
    print("$", " ".join(argv) or "(no args)", kw or "")
    print(out.replace(sys.path[0] + "/", ""))
    r = prog.result
    print(r.testsRun, r.wasSuccessful(), len(r.failures), len(r.errors))


run([])
run(["-v"])
run(["-q"])
run(["-v", "Alpha"])
run(["-v", "Alpha.test_one", "Beta.test_one"])
run(["-v", "-k", "one"])
run(["-v", "-k", "*Beta*"])
run(["-f"])
run([], defaultTest="Beta")
run(["-v"], defaultTest=["Alpha.test_three"])
run(["Alpha.test_missing"])
run([], verbosity=2, failfast=True)
