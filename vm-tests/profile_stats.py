# cProfile/profile and pstats: call counts (primitive/total for recursion), built-in
# functions and methods as CPython's _lsprof names them, sort orders, strip_dirs,
# restrictions, runcall/runctx/enable-disable, dump_stats + Stats(file). Times are
# normalised (the columns' layout is kept).
import cProfile
import io
import os
import profile
import pstats
import re
import tempfile


def norm(text):
    return re.sub(r'\d+\.\d{3}', '#.###', text)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def collect(n):
    out = []
    for i in range(n):
        out.append(fib(i))
    return sorted(out, reverse=True)


def shout(words):
    return [w.upper() for w in words]


for _ in range(200):
    collect(4)
    shout(['a'])

# run(): print_stats sorted by standard name
out = io.StringIO()
import sys
saved, sys.stdout = sys.stdout, out
cProfile.run('collect(5)')
sys.stdout = saved
print(norm(out.getvalue()))

# enable/disable with explicit Stats, several sort keys
p = cProfile.Profile()
p.enable()
collect(6)
shout(['x', 'y'])
p.disable()
for keys in (('ncalls', 'name'), ('name',), ('pcalls', 'nfl'), (pstats.SortKey.CALLS, pstats.SortKey.NAME), ('line', 'name')):
    out = io.StringIO()
    st = pstats.Stats(p, stream=out).strip_dirs().sort_stats(*keys)
    st.print_stats()
    print(norm(out.getvalue()))

# restrictions: a count, a fraction, a regex
out = io.StringIO()
st = pstats.Stats(p, stream=out).strip_dirs().sort_stats('calls', 'name')
st.print_stats(2)
st.print_stats('fib')
print(norm(out.getvalue()))
print(st.total_calls, st.prim_calls)
print(sorted(f[2] for f in st.stats))

# runcall returns the function's result; runctx with its own namespace
p = cProfile.Profile()
print(p.runcall(fib, 6))
p.runctx('r = shout(words)', {'shout': shout}, {'words': ['q']})
out = io.StringIO()
pstats.Stats(p, stream=out).strip_dirs().sort_stats('name').print_stats()
print(norm(out.getvalue()))

# the profile module has the same interface
p = profile.Profile()
p.runcall(collect, 3)
st = pstats.Stats(p)
print(sorted(f[2] for f in st.stats if f[2] in ('fib', 'collect')), st.total_calls > 0)

# dump_stats and Stats(filename), add()
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'out.prof')
    p = cProfile.Profile()
    p.runcall(collect, 4)
    p.dump_stats(path)
    st = pstats.Stats(path, stream=io.StringIO())
    print(st.stats[[k for k in st.stats if k[2] == 'fib'][0]][:2])
    st.add(path)
    print(st.stats[[k for k in st.stats if k[2] == 'fib'][0]][:2])

# errors
try:
    pstats.Stats(p).sort_stats('bogus')
except KeyError as e:
    print('KeyError', e)
try:
    pstats.Stats(p).sort_stats('calls', 1)
except TypeError as e:
    print('TypeError', e)
try:
    pstats.Stats(42)
except TypeError as e:
    print('TypeError', str(e).split(' object')[0])
print(pstats.func_std_string(('~', 0, '<built-in method builtins.len>')),
      pstats.func_std_string(('a.py', 3, 'f')), pstats.func_strip_path(('/x/y/a.py', 1, 'g')))
