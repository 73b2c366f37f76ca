# sys.settrace control: the global function's result as the frame's f_trace, f_trace set
# from inside, f_trace_lines / f_trace_opcodes, a raising trace function (unset, its
# exception propagates), settrace(None) from inside a trace function, no recursion into
# the trace function, f_locals and f_lineno in the callback, threading.settrace.
import sys
import threading


def work(a):
    b = a * 2
    c = b + 1
    return c


for _ in range(300):
    work(1)

# 1. the global function returns None for 'call': no line events for that frame
seen = []
def only_calls(frame, event, arg):
    seen.append((event, frame.f_code.co_name))
sys.settrace(only_calls)
work(2)
sys.settrace(None)
print('only calls:', seen)

# 2. the global function returns a different local function
seen = []
def local(frame, event, arg):
    seen.append(('local', event, frame.f_lineno, dict(frame.f_locals)))
    return local
def chooser(frame, event, arg):
    seen.append(('global', event, frame.f_code.co_name))
    return local
sys.settrace(chooser)
work(3)
sys.settrace(None)
for s in seen:
    print('  ', s)

# 3. a local function returning None stays installed (3.11)
seen = []
def fading(frame, event, arg):
    seen.append(event)
    return None
def starter(frame, event, arg):
    return fading
sys.settrace(starter)
work(4)
sys.settrace(None)
print('fading:', seen)

# 4. f_trace_lines = False: no line events, still return
seen = []
def no_lines(frame, event, arg):
    if event == 'call':
        frame.f_trace_lines = False
    seen.append(event)
    return no_lines
sys.settrace(no_lines)
work(5)
sys.settrace(None)
print('no lines:', seen)

# 5. f_trace_opcodes = True: opcode events come (their number depends on the bytecode)
kinds = set()
def opcodes(frame, event, arg):
    if event == 'call':
        frame.f_trace_opcodes = True
    kinds.add(event)
    return opcodes
sys.settrace(opcodes)
work(6)
sys.settrace(None)
print('opcode events:', sorted(kinds))

# 6. a raising trace function is unset and its exception propagates
def raising(frame, event, arg):
    if event == 'line':
        raise KeyError('from tracer')
    return raising
sys.settrace(raising)
try:
    work(7)
except KeyError as e:
    print('caught', repr(e))
print('after raise, gettrace is None:', sys.gettrace() is None)
print('work still works:', work(8))

# 7. settrace(None) from inside the trace function
seen = []
def once(frame, event, arg):
    seen.append(event)
    if event == 'line':
        sys.settrace(None)
    return once
sys.settrace(once)
work(9)
work(10)
print('once:', seen, sys.gettrace())

# 8. the trace function calls traced code: no events for it (tracing is off inside)
seen = []
def calls_work(frame, event, arg):
    work(0)
    seen.append((event, frame.f_code.co_name))
    return calls_work
sys.settrace(calls_work)
work(11)
sys.settrace(None)
print('no recursion:', seen)

# 9. tracing the current frame through sys._getframe().f_trace
seen = []
def here(frame, event, arg):
    seen.append((event, frame.f_code.co_name, frame.f_lineno))
    return here
def traced_here():
    sys._getframe().f_trace = here
    sys.settrace(here)
    x = 1
    y = x + 1
    sys.settrace(None)
    return y
traced_here()
print('current frame:')
for s in seen:
    print('  ', s)

# 10. gettrace gives the function set
sys.settrace(here)
print('gettrace is here:', sys.gettrace() is here)
sys.settrace(None)
print('gettrace after None:', sys.gettrace())

# 11. threading.settrace: installed in threads started afterwards
seen = []
def thread_tracer(frame, event, arg):
    if event == 'call':
        seen.append(frame.f_code.co_name)
    return None
threading.settrace(thread_tracer)
t = threading.Thread(target=work, args=(12,))
t.start()
t.join()
threading.settrace(None)
print('thread saw work:', 'work' in seen)
print('main thread untraced:', sys.gettrace())

# 12. a trace function's argument errors
try:
    sys.settrace()
except TypeError as e:
    print('TypeError', e)
try:
    sys.settrace(1, 2)
except TypeError as e:
    print('TypeError', e)

# 13. the same function quickened, traced, untraced, traced again
def loop_body(n):
    s = 0
    for i in range(n):
        s += i
    return s
counts = []
for round_ in range(3):
    for _ in range(200):
        loop_body(3)
    n = []
    def counting(frame, event, arg, n=n):
        n.append(event)
        return counting
    if round_ != 1:
        sys.settrace(counting)
    loop_body(3)
    sys.settrace(None)
    counts.append(len(n))
print('rounds:', counts)
