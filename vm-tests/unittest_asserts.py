# unittest: the message of every assert method when it fails (and that it passes when it
# should), msg= with longMessage on and off, maxDiff truncation, long reprs shortened.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        r = getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(name, "FAIL:", str(e))
    except Exception as e:
        print(name, type(e).__name__ + ":", e)
    else:
        print(name, "ok", "" if r is None else type(r).__name__)


check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", "a" * 100, "a" * 99 + "b")
check("assertEqual", "x" * 50 + "1" + "y" * 50, "x" * 50 + "2" + "y" * 50)
check("assertEqual", [1, 2, 3], [1, 2, 3, 4, 5])
check("assertEqual", [1, 2, 3, 4], [1, 2])
check("assertEqual", (1, 2), (1, 3))
check("assertEqual", {1, 2}, {2, 3})
check("assertEqual", frozenset([1]), frozenset())
check("assertEqual", {"k": [1, 2]}, {"k": [1, 3], "j": 0})
check("assertEqual", "one\ntwo\nthree", "one\n2\nthree")
check("assertEqual", "abc", "abd")
check("assertEqual", "", "x")
check("assertEqual", [1, 2], (1, 2))
check("assertEqual", 1, 2, "extra")
check("assertNotEqual", 1, 1)
check("assertNotEqual", 1, 2)
check("assertTrue", 0)
check("assertTrue", [1])
check("assertFalse", "x")
check("assertIs", None, 0)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 4, [1, 2])
check("assertNotIn", 1, [1, 2])
check("assertIsInstance", 1, str)
check("assertNotIsInstance", 1, int)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1)
check("assertAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertAlmostEqual", 1.0, 1.5, places=1, delta=0.1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertNotAlmostEqual", 1.0, 2.0)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertGreater", 3, 2)
check("assertCountEqual", [1, 2, 2], [2, 1, 2])
check("assertCountEqual", [1, 2, 2], [2, 1, 1, 3])
check("assertCountEqual", [[1], [2]], [[2], [2]])
check("assertDictEqual", {"a": 1}, {"a": 2})
check("assertDictEqual", [], {})
check("assertListEqual", [1], (1,))
check("assertTupleEqual", (1,), (2,))
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertSequenceEqual", [1, 2], "ab")
check("assertSequenceEqual", 5, [1])
check("assertSetEqual", {1}, {1, 2})
check("assertSetEqual", {1}, [1])
check("assertSetEqual", 1, {1})
check("assertMultiLineEqual", "a\nb\n", "a\nc\n")
check("assertMultiLineEqual", 1, "a")
check("assertRegex", "hello", "h.l+o")
check("assertRegex", "hello", "^e")
check("assertNotRegex", "hello", "l+")
check("assertRaises", ValueError, int, "x")
check("assertRaises", ValueError, int, "1")
check("assertRaises", ValueError, lambda: 1)
check("assertRaises", "notatype")
check("assertRaises", ValueError, msg="m", junk=1)
check("assertRaisesRegex", ValueError, "invalid", int, "x")
check("assertRaisesRegex", ValueError, "^nomatch", int, "x")
check("fail")
check("fail", "explicit")

with t.assertRaises(KeyError) as cm:
    {}["k"]
print(type(cm.exception).__name__, cm.exception.args, cm.exception.__traceback__)
try:
    with t.assertRaises((TypeError, ValueError), msg="note"):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(TypeError):
        raise KeyError("other")
except KeyError as e:
    print("propagated", repr(e))

t.longMessage = False
check("assertEqual", 1, 2, "only this")
check("assertEqual", 1, 2)
t.longMessage = True
t.maxDiff = 20
check("assertEqual", [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 7])
check("assertEqual", "a\nb\nc\n" * 3, "a\nb\nd\n" * 3)
t.maxDiff = None
check("assertEqual", list(range(30)), list(range(29)) + [99])
t.maxDiff = 640


class Custom:
    def __eq__(self, other):
        return False

    def __repr__(self):
        return "<Custom>"


c = Custom()
check("assertEqual", c, c)
check("assertIn", c, [c])


class Tagged(unittest.TestCase):
    def runTest(self):
        pass


t2 = Tagged()
t2.addTypeEqualityFunc(int, lambda a, b, msg=None: print("custom equality", a, b))
t2.assertEqual(1, 2)


# Warm-up: the same assertion many times, then a failing value.
def eq(a, b):
    try:
        t.assertEqual(a, b)
        return "ok"
    except AssertionError as e:
        return str(e)


for i in range(200):
    r = eq([i, 1], [i, 1])
print(r)
print(eq([1, 1], [1, 2]))
print(eq({"a": 1}, {"a": 1}))
print(eq({"a": 1}, {"a": 2}))
