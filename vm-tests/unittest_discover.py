# unittest discovery: TestLoader.discover over a directory (modules matching the pattern,
# packages recursed into, other files left alone), with its own and a custom pattern.
import io
import os
import re
import sys
import unittest

base = "/tmp/pyvm-unittest_discover-%d" % os.getpid()
os.makedirs(base + "/pkg")
files = {
    "test_alpha.py": '''
import unittest

class Alpha(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(len("abc"), 3)

    def test_bad(self):
        self.assertEqual("abc".upper(), "ABc")
''',
    "test_beta.py": '''
import unittest

class Beta(unittest.TestCase):
    def test_beta(self):
        self.assertTrue(True)
''',
    "check_gamma.py": '''
import unittest

class Gamma(unittest.TestCase):
    def test_gamma(self):
        pass

    @unittest.skip("no")
    def test_skipped(self):
        pass
''',
    "helper.py": "raise RuntimeError('never imported')\n",
    "pkg/__init__.py": "",
    "pkg/test_inner.py": '''
import unittest

class Inner(unittest.TestCase):
    def test_inner(self):
        pass
''',
}
for name, text in files.items():
    with open(os.path.join(base, name), "w") as f:
        f.write(text)


def norm(s):
    s = re.sub(r"in [0-9.]+s", "in X.XXXs", s)
    # The usage message names the interpreter, and its continuation lines line up with it.
    s = s.replace(os.path.basename(sys.executable) + " -m", "PYTHON -m")
    s = re.sub(r"\n +\[", "\n    [", s)
    return s.replace(base, "BASE")


loader = unittest.TestLoader()
suite = loader.discover(base)
print(suite.countTestCases())
buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(norm(buf.getvalue()))
print(res.testsRun, res.wasSuccessful())
suite = unittest.TestLoader().discover(base, pattern="check_*.py")
print(suite.countTestCases())


for name in sorted(files, reverse=True):
    os.remove(os.path.join(base, name))
for root, dirs, names in os.walk(base, topdown=False):
    for n in names:
        os.remove(os.path.join(root, n))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
