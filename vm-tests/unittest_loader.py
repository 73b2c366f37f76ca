# unittest: TestLoader (loadTestsFromTestCase/Module/Name/Names, getTestCaseNames with a
# prefix, a sort function and name patterns, load_tests), TestSuite (addTest errors,
# countTestCases, repr, equality, iteration), FunctionTestCase, TestCase identity.
import io
import re
import sys
import types
import unittest


class A(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass

    test_not_callable = 5


class B(unittest.TestCase):
    def runTest(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(A))
suite = loader.loadTestsFromTestCase(A)
print(suite, suite.countTestCases())
print(loader.loadTestsFromTestCase(B))
loader2 = unittest.TestLoader()
loader2.testMethodPrefix = "check"
print(loader2.getTestCaseNames(A))
loader3 = unittest.TestLoader()
loader3.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(loader3.getTestCaseNames(A))
loader3.sortTestMethodsUsing = None
print(loader3.getTestCaseNames(A))
loader4 = unittest.TestLoader()
loader4.testNamePatterns = ["*test_a*"]
print(loader4.getTestCaseNames(A))
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(e)

mod = types.ModuleType("fake_tests")
mod.A = A
mod.B = B
mod.helper = lambda: None
sys.modules["fake_tests"] = mod
print(loader.loadTestsFromModule(mod))
print(loader.loadTestsFromName("fake_tests"))
print(loader.loadTestsFromName("fake_tests.A"))
print(loader.loadTestsFromName("fake_tests.A.test_a"))
print(loader.loadTestsFromName("A.test_b", mod))
print(loader.loadTestsFromNames(["fake_tests.A.test_a", "fake_tests.B"]))
for bad in ("fake_tests.Nope", "no_such_module_xyz"):
    s = loader.loadTestsFromName(bad)
    r = unittest.TestResult()
    s.run(r)
    print(bad, [str(t) for t, _ in r.errors], r.errors[0][1].splitlines()[-1])
print(len(loader.errors))
def helper():
    return 5


mod.helper = helper
try:
    loader.loadTestsFromName("fake_tests.helper")
except TypeError as e:
    print(str(e).split(" at ")[0], str(e).split(">")[-1])
mod.helper = 7
try:
    loader.loadTestsFromName("fake_tests.helper")
except TypeError as e:
    print(e)
mod.make = lambda: unittest.TestSuite([A("test_a")])
print(loader.loadTestsFromName("fake_tests.make"))


def load_tests(loader, tests, pattern):
    print("load_tests called", tests.countTestCases(), pattern)
    return unittest.TestSuite([B()])


mod.load_tests = load_tests
print(loader.loadTestsFromModule(mod))

# TestSuite.
s = unittest.TestSuite()
for bad in (5, A):
    try:
        s.addTest(bad)
    except TypeError as e:
        print(e)
try:
    s.addTests("abc")
except TypeError as e:
    print(e)
s.addTests([A("test_a"), unittest.TestSuite([A("test_b")])])
print(s.countTestCases(), list(s)[0], s == unittest.TestSuite([A("test_a"), unittest.TestSuite([A("test_b")])]))
r = unittest.TestResult()
s.run(r)
print(r.testsRun, list(s), s.countTestCases())

# TestCase identity.
t1, t2 = A("test_a"), A("test_a")
print(t1 == t2, t1 == A("test_b"), hash(t1) == hash(t2), repr(t1), str(t1), t1.id())
print(t1.shortDescription(), t1.countTestCases(), type(t1.defaultTestResult()).__name__)


def ftest():
    """Function test doc."""


def bad_ftest():
    raise ValueError("f")


f = unittest.FunctionTestCase(ftest, setUp=lambda: print("fsetUp"), tearDown=lambda: print("ftearDown"))
print(str(f).split(" at ")[0], f.id(), f.shortDescription())
r = unittest.TestResult()
f.run(r)
unittest.FunctionTestCase(bad_ftest, description="described").run(r)
print(r.testsRun, len(r.errors), r.errors[0][0].shortDescription())
print(unittest.FunctionTestCase(ftest) == unittest.FunctionTestCase(ftest))


# Warm-up: names listed many times, then a method added to the class.
def names():
    return loader.getTestCaseNames(A)


for _ in range(200):
    n = names()
print(n)
A.test_c = lambda self: None
print(names())
del A.test_b
print(names())
