# sys details scripts read: float_info, hash_info, thread_info, implementation, the
# encodings, is_finalizing, call_tracing, audit without hooks, _getframe's f_back chain,
# f_locals, f_lineno, f_code, f_globals (also after the functions ran quickened).
import sys

print(sys.float_info)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info[8], sys.float_info.dig,
      sys.float_info.mant_dig, sys.float_info.radix, len(sys.float_info))
print(sys.hash_info)
print(hash(float('inf')) == sys.hash_info.inf, sys.hash_info.modulus == 2**61 - 1,
      hash(2**61 - 1), hash(-1), hash(complex(0, 1)) == sys.hash_info.imag)
print(sys.thread_info.name, len(sys.thread_info))
print(sys.maxunicode, sys.float_repr_style, sys.getdefaultencoding(),
      sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.is_finalizing(), sys.call_tracing(max, (1, 5)), sys.call_tracing(len, ([1, 2],)))
impl = sys.implementation
print(impl.version == sys.version_info, impl.hexversion == sys.hexversion,
      isinstance(impl.name, str), type(impl).__name__)
print(sys.hexversion >> 16 == 0x30b, sys.version_info[:2])
print(sys.audit('any.event', 1, 2), sys.audit(1))
for bad in ([1], None):
    try:
        sys.call_tracing(max, bad)
    except TypeError as e:
        print('TypeError', e)
print(isinstance(sys.prefix, str), isinstance(sys.exec_prefix, str), sys.abiflags == '' or sys.abiflags)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), len(sys.flags))
print(sys.getrecursionlimit() >= 1000, sys.getswitchinterval())


def outer(a):
    b = a + 1
    return middle(b)


def middle(c):
    d = c * 2
    return inner(d)


def inner(e):
    f0 = sys._getframe()
    chain = []
    f = f0
    while f is not None and len(chain) < 4:
        chain.append(f.f_code.co_name)
        f = f.f_back
    return (chain, sorted(f0.f_locals), f0.f_back.f_locals['d'],
            f0.f_lineno - inner.__code__.co_firstlineno,
            sys._getframe(1).f_lineno - middle.__code__.co_firstlineno,
            f0.f_code is inner.__code__, f0.f_globals is globals(),
            sys._getframe(2).f_code.co_name)


for _ in range(200):
    outer(1)
print(outer(1))
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)
print(sys._getframe(-5).f_code.co_name, sys._getframe().f_back)
print(sys._getframe().f_trace, sys._getframe().f_trace_lines, sys._getframe().f_trace_opcodes)
