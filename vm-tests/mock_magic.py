# unittest.mock: MagicMock's magic methods (container, numeric, context manager, iteration,
# comparison defaults), setting a magic method to a function, mock names in reprs, child
# mocks as return values and attributes, spec'd magic methods.
import re
from unittest.mock import MagicMock, Mock, NonCallableMagicMock, call


def r(obj):
    return re.sub(r"id='\d+'", "id=...", repr(obj))


m = MagicMock()
m[1] = 2
m.__contains__.return_value = True
print(3 in m, m.__setitem__.call_args, len(m), list(m), bool(m))
m.__add__.return_value = "added"
m.__radd__.return_value = "radded"
print(m + 1, 1 + m, abs(m) is m.__abs__.return_value, -m is m.__neg__.return_value)
m.__lt__.return_value = True
print(m < 3, m == m, m != m, m == 1, hash(m) == hash(m), int(m), float(m), complex(m))
m.__iter__.return_value = [1, 2, 3]
print(list(m), list(m))
m.__len__ = lambda self: 42
print(len(m))
with MagicMock() as cm:
    print(r(cm))
print(r(m.method), r(m.method()), r(m.a.b()), r(m()))
n = Mock(name="svc")
print(r(n), r(n.db.query()), r(n.return_value))
print(r(Mock(spec=list)), r(Mock(spec_set=dict)))
parent = MagicMock()
parent.child.return_value = 5
parent.child(1)
parent[0]
print(parent.mock_calls)
print(parent.method_calls)
s = MagicMock(spec=["__len__", "foo"])
print(len(s), r(s.foo()))
try:
    iter(s)
except TypeError as e:
    print("TypeError", e)
nc = NonCallableMagicMock()
print(len(nc), nc.__getitem__("k") is nc["k"])
try:
    m.__getattr__ = 1
except AttributeError as e:
    print(e)


def total(x):
    return len(x) + (x[0] if isinstance(x[0], int) else 0)


mm = MagicMock()
mm.__len__.return_value = 2
mm.__getitem__.return_value = 5
for _ in range(200):
    t = total(mm)
print(t, mm.__len__.call_count)
mm.__getitem__.side_effect = lambda i: i + 100
print(total(mm), mm.__getitem__.call_args_list[-1] == call(0))
