# unittest.mock: Mock calls, call_args/call_args_list/mock_calls/method_calls, the assert_*
# methods and their messages, return_value, side_effect (exception, iterable, function),
# call objects, ANY, sentinel, MagicMock magic methods, spec/spec_set, reset_mock.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, patch, DEFAULT
m = Mock()
m(1, 2, a=3)
m.method("x")
m.method.child(5)
r = m.factory(1)
r.go()
print(m.call_args, m.call_args_list, m.call_count, m.called)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args.args, m.call_args.kwargs)
print(m.mock_calls == [call(1, 2, a=3), call.method("x"), call.method.child(5), call.factory(1), call.factory().go()])
m.assert_called_with(1, 2, a=3)
m.assert_called_once_with(1, 2, a=3)
m.method.assert_called_once_with("x")
m.method.assert_any_call("x")
m.assert_has_calls([call.method("x"), call.method.child(5)])
m.assert_has_calls([call.factory(1), call(1, 2, a=3)], any_order=True)
for f in [lambda: m.assert_called_with(9), lambda: m.method.assert_called_with(1, k=2),
          lambda: Mock().assert_called_with(1), lambda: Mock(name="nm").assert_called_once_with(),
          lambda: m.method.assert_any_call(7), lambda: m.assert_has_calls([call(5)]),
          lambda: m.assert_has_calls([call(5)], any_order=True), lambda: m.assert_not_called(),
          lambda: Mock().assert_called(), lambda: m.method.child.assert_called_once(),
          lambda: m.assert_called_once(), lambda: m.assret_called(), lambda: m.method.assert_called_once_with("y")]:
    try:
        f()
        print("no error")
    except AssertionError as e:
        print("AE:", e)
    except AttributeError as e:
        print("AttrE:", e)
m2 = Mock(return_value=42)
print(m2(), m2.return_value)
m3 = Mock(side_effect=[1, 2, ValueError("boom")])
print(m3(), m3())
try: m3()
except ValueError as e: print("VE", e)
try: m3()
except StopIteration: print("stop")
m4 = Mock(side_effect=KeyError("k"))
try: m4()
except KeyError as e: print("KE", e)
m5 = Mock(side_effect=lambda x: x * 2)
print(m5(21))
m6 = Mock(side_effect=lambda: DEFAULT, return_value=3); print(m6())
print(call(1) == call(1), call(1) == call(2), call(ANY) == call(5), call.a.b(1))
print(repr(call), repr(call.foo), repr(call().bar(2)), call(1, x=2).args, call(1, x=2).kwargs)
print(sentinel.foo, sentinel.foo is sentinel.foo, ANY == 3, repr(ANY))
mm = MagicMock()
mm.__len__.return_value = 5
mm.__getitem__.return_value = "item"
mm.__iter__.return_value = iter([1, 2])
print(len(mm), mm[3], list(mm), bool(mm), int(mm), 3 in mm, float(mm))
mm.__getitem__.assert_called_with(3)
with mm as cm:
    print(cm is mm.__enter__.return_value)
print(mm == mm, mm != mm, mm == 3)
print(mm.mock_calls[:3])
class Thing:
    def meth(self, a): return a
    attr = 1
s = Mock(spec=Thing)
print(isinstance(s, Thing), s.meth(1) is not None)
try: s.nothere
except AttributeError as e: print(e)
ss = Mock(spec_set=Thing)
try: ss.other = 1
except AttributeError as e: print(e)
s.reset_mock()
print(s.meth.call_count, s.mock_calls)
m7 = Mock(**{"a.return_value": 3, "b.side_effect": KeyError})
print(m7.a())
m8 = Mock(); m8.configure_mock(name_attr=5); print(m8.name_attr)
parent = Mock(); child = Mock(); parent.attach_mock(child, "child"); child(1); print(parent.mock_calls)


# Warm-up: a mock called from the same function many times, then reconfigured.
svc = Mock(return_value=1)


def use(x):
    return svc(x)


for i in range(200):
    use(i)
print(svc.call_count, svc.call_args, svc.call_args_list[-2:])
svc.return_value = "changed"
print(use("a"))
svc.side_effect = ValueError("now fails")
try:
    use("b")
except ValueError as e:
    print("raised", e)
svc.side_effect = None
svc.reset_mock(return_value=True)
print(svc.call_count, type(use("c")).__name__)
