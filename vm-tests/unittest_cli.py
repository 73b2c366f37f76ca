# `python -m unittest`: test names and file paths (in a child process), discover with
# -s/-p or positional arguments and usage errors (unittest.main(module=None) in this
# one); the report (on stderr) and the exit status of each run.
import io
import os
import re
import subprocess
import sys
import unittest

base = "/tmp/pyvm-unittest_cli-%d" % os.getpid()
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


def cli(args, cwd=None):
    r = subprocess.run([sys.executable, "-m", "unittest"] + args, cwd=cwd,
                       capture_output=True, text=True)
    print("$ python -m unittest", " ".join(a.replace(base, "BASE") for a in args))
    print(norm(r.stdout + r.stderr))
    print("status", r.returncode)


cli(["-v", "test_alpha.Alpha.test_ok", "test_beta.py", "pkg.test_inner"], cwd=base)


def in_process(args):
    # What `python -m unittest ARGS` runs, in this process (module=None).
    err = io.StringIO()
    sys.stderr = err
    try:
        unittest.main(module=None, argv=["PYTHON -m unittest"] + args)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stderr = sys.__stderr__
    print("$ (in process)", " ".join(a.replace(base, "BASE") for a in args))
    print(norm(err.getvalue()))
    print("exit", code)


in_process(["discover", "-s", base, "-p", "check_*.py", "-v"])
in_process(["discover", base, "test_*.py"])
in_process(["discover", "-p"])
in_process(["--bogus"])

for name in sorted(files, reverse=True):
    os.remove(os.path.join(base, name))
for root, dirs, names in os.walk(base, topdown=False):
    for n in names:
        os.remove(os.path.join(root, n))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
