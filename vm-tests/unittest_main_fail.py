# unittest.main(): runs the module's tests and exits with status 1 when one fails (the
# report goes to stderr: captured here, and printed with the time normalised).
import io
import re
import sys
import unittest


class Math(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_wrong(self):
        self.assertEqual(sum([1, 2]), 4)

    @unittest.skip("later")
    def test_skip(self):
        pass


if __name__ == "__main__":
    err = io.StringIO()
    sys.stderr = err
    try:
        unittest.main(argv=["prog"])
    except SystemExit as e:
        code = e.code
    finally:
        sys.stderr = sys.__stderr__
    print(re.sub(r"in [0-9.]+s", "in X.XXXs", err.getvalue()).replace(
        sys.path[0] + "/", ""))
    print("exit code:", code)
    sys.exit(code)
