# warnings filters: filterwarnings/simplefilter/resetwarnings, every action, message and
# module regexes, lineno, append, catch_warnings(record=True), hooks replaced.
import sys, io, warnings

buf = io.StringIO()
sys.stderr = buf
def out():
    text = buf.getvalue()
    buf.seek(0)
    buf.truncate()
    return text

def w(msg, cat=UserWarning):
    warnings.warn(msg, cat)

with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    w("a"); w("a"); w("b", RuntimeWarning)
    print(len(rec), [str(r.message) for r in rec], [r.category.__name__ for r in rec])
    r = rec[0]
    print(type(r).__name__, type(r.message).__name__, r.filename == __file__, r.lineno, r.line, r.file)
print(repr(out()))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        w("as error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore", RuntimeWarning)
    w("ignored", RuntimeWarning)
    try:
        w("error again")
    except UserWarning as e:
        print("raised", e)
print(repr(out()))

with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("once")
    for i in range(3):
        w("once")
        warnings.warn("once")
    print("once:", len(rec))
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("module")
    for i in range(3):
        w("module")
        warnings.warn("module")
    print("module:", len(rec))
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("default")
    for i in range(3):
        w("default")
        warnings.warn("default")
    print("default:", len(rec))
with warnings.catch_warnings(record=True) as rec:
    warnings.resetwarnings()
    print(warnings.filters)
    for i in range(3):
        w("reset")
    print("after reset:", len(rec))

# message regex (case-insensitive, anchored at the start), module regex, lineno
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    w("Skip me"); w("do not skip"); w("SKIPPED")
    warnings.filterwarnings("error", module="__ma")
    try:
        w("mod")
    except UserWarning as e:
        print("module regex matched:", e)
    warnings.filterwarnings("ignore", module="other")
    print([str(r.message) for r in rec])
    print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][3].pattern)
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=UserWarning, lineno=14)
    w("line 14 ignored")
    warnings.warn("other line shown")
    print([str(r.message) for r in rec])

# duplicate filters move to the front; append puts at the end once
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("ignore")
    warnings.simplefilter("error")
    warnings.simplefilter("ignore")
    print([f[0] for f in warnings.filters])
    warnings.simplefilter("always", append=True)
    warnings.simplefilter("always", append=True)
    warnings.simplefilter("error", append=True)
    print([f[0] for f in warnings.filters])
    print(warnings.filters[0])

# assertion errors for bad arguments
for call in (lambda: warnings.simplefilter("bogus"),
             lambda: warnings.filterwarnings("ignore", message=1),
             lambda: warnings.filterwarnings("ignore", category=int),
             lambda: warnings.filterwarnings("ignore", category="x"),
             lambda: warnings.simplefilter("ignore", lineno=-1)):
    try:
        call()
    except AssertionError as e:
        print("AssertionError:", e)

# catch_warnings restores filters and hooks; repr; misuse
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
before = warnings.filters
with cw:
    warnings.simplefilter("ignore")
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
print(warnings.filters is before)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        w("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("action= filter:", e)

# showwarning / formatwarning replaced
seen = []
def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno, file, line))
old_show = warnings.showwarning
warnings.showwarning = my_show
with warnings.catch_warnings():
    warnings.simplefilter("always")
    w("custom show")
warnings.showwarning = old_show
print(seen)
warnings.formatwarning = lambda m, c, f, l, line=None: f"[{c.__name__}] {m} @{l}\n"
with warnings.catch_warnings():
    warnings.simplefilter("always")
    w("custom format")
print(repr(out()))
warnings.formatwarning = warnings._formatwarning_orig
warnings.showwarning = 42
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        w("bad hook")
except TypeError as e:
    print("TypeError:", e)
warnings.showwarning = old_show

# errors in the filters list
saved = warnings.filters
warnings.filters = [("ignore", None, Warning, None)]
try:
    w("bad filter")
except ValueError as e:
    print("ValueError:", e)
warnings.filters = [("bogus", None, Warning, None, 0)]
try:
    w("bogus action")
except RuntimeError as e:
    print("RuntimeError:", e)
warnings.filters = saved

# after warm-up: filters changed between runs are honoured (the registry is versioned)
def emit(n):
    got = 0
    for i in range(n):
        with warnings.catch_warnings(record=True) as rec:
            warnings.simplefilter("always")
            w("hot")
            got += len(rec)
    return got
print(emit(200))
w("hot")
w("hot")
print(out().count("hot"))
warnings.simplefilter("error")
try:
    w("hot")
except UserWarning as e:
    print("now an error:", e)
warnings.simplefilter("ignore")
w("hot")
print(repr(out()))
sys.stderr = sys.__stderr__
warnings.filters = (1,)
try:
    w("tuple filters")
except ValueError as e:
    print("ValueError:", e)
warnings.filters = []
warnings.defaultaction = 3
try:
    w("bad default")
except TypeError as e:
    print("TypeError:", e)
warnings.defaultaction = "once"
warnings.onceregistry = 5
try:
    warnings.warn_explicit("y", UserWarning, "f", 1)
except TypeError as e:
    print("TypeError:", e)
warnings.onceregistry = {}
warnings.warn_explicit("y", UserWarning, "f", 1)
warnings.warn_explicit("y", UserWarning, "f", 2)
print(warnings.onceregistry)
warnings.defaultaction = "default"
