# unittest.mock: patch as a context manager and decorator (stacked), patch.object,
# patch.dict, patch.multiple, start/stop, PropertyMock, NonCallableMock, mock_open, wraps,
# create_autospec; the patched object is restored afterwards.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, patch, DEFAULT


class Thing:
    def meth(self, a): return a
    attr = 1


import os
with patch("os.getcwd", return_value="/fake") as p:
    print(os.getcwd(), p.called)
print(os.getcwd() != "/fake")
@patch("os.listdir")
@patch("os.getpid", return_value=7)
def f(pid, listdir):
    listdir.return_value = ["a"]
    return os.getpid(), os.listdir("."), type(pid).__name__
print(f())
class Target:
    value = 1
    def m(self): return "real"
with patch.object(Target, "value", 99):
    print(Target.value)
print(Target.value)
with patch.object(Target, "m", return_value="mocked") as pm:
    print(Target().m(), pm.call_count)
print(Target().m())
d = {"a": 1}
with patch.dict(d, {"b": 2}):
    print(d)
print(d)
with patch.dict(d, clear=True): print(d)
print(d)
try:
    with patch("os.nothere_xx"): pass
except AttributeError as e: print(str(e).split(">")[-1])
try: patch("nodots")
except TypeError as e: print(e)
p = patch.object(Target, "value", 5); p.start(); print(Target.value); p.stop(); print(Target.value)
with patch.multiple(Target, value=7, m=DEFAULT) as vals:
    print(Target.value, sorted(vals))
pm = mock.PropertyMock(return_value=3)
class P: pass
P.prop = pm
print(P().prop); pm.assert_called_once_with()
print(type(Mock()).__name__, type(MagicMock()).__name__)
nc = mock.NonCallableMock()
try: nc()
except TypeError as e: print(e)
mo = mock.mock_open(read_data="line1\nline2\n")
with patch("builtins.open", mo):
    with open("x") as fh:
        print(fh.read())
mo.assert_called_once_with("x")
w = Mock(wraps=lambda x: x + 1); print(w(1))
c = Mock(); c.a.b.c(1); print(c.mock_calls, c.a.method_calls)
m = Mock()
m.method
del m.method
try: m.method
except AttributeError as e: print("deleted", e)
auto = mock.create_autospec(Thing); print(auto.meth(1) is not None)
try: auto.zz
except AttributeError as e: print(e)


# Warm-up: a function calling os.getcwd many times, patched, then unpatched again.
def where():
    return os.getcwd()


real = where()
for _ in range(200):
    where()
with patch("os.getcwd", return_value="/patched"):
    for _ in range(200):
        w = where()
    print(w)
print(where() == real)


@patch.object(Target, "value", 123)
def read_value():
    return Target.value


for _ in range(200):
    v = read_value()
print(v, Target.value)
