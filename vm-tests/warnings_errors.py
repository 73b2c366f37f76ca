# warnings: argument errors of warn/warn_explicit, odd stacklevels, non-str messages,
# a filter raising inside a loop after warm-up.
import sys, io, warnings
sys.stderr = io.StringIO()
for call in (lambda: warnings.warn("x", stacklevel="a"),
             lambda: warnings.warn_explicit("x", UserWarning, "f", "z"),
             lambda: warnings.warn_explicit("x", None, "f", 1),
             lambda: warnings.warn_explicit(5, UserWarning, "f", 1),
             lambda: warnings.warn(message="kw", category=RuntimeWarning),
             lambda: warnings.warn("x", stacklevel=1.5),
             lambda: warnings.warn_explicit("x", UserWarning, None, 1),
             lambda: warnings.warn("zero", stacklevel=0),
             lambda: warnings.warn("negative", stacklevel=-3),
             lambda: warnings.warn_explicit("mod", UserWarning, "pkg/thing.py", 4)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(sys.stderr.getvalue().replace(__file__.rpartition("/")[0], "HERE"))

def check(n):
    hits = 0
    for i in range(n):
        try:
            warnings.warn("maybe", RuntimeWarning)
        except RuntimeWarning:
            hits += 1
    return hits
print(check(200))
warnings.filterwarnings("error", "may", RuntimeWarning)
print(check(200))
warnings.filterwarnings("ignore", "MAYBE")
print(check(5))
print(sys.stderr.getvalue().count("RuntimeWarning"))
sys.stderr = sys.__stderr__

# the stdlib's helper for scheduled removals
def old_api():
    warnings._deprecated("old_api", remove=(3, 13))
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    old_api()
print([(str(w.message), w.category.__name__) for w in rec])
try:
    warnings._deprecated("gone", remove=(3, 10))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    warnings._deprecated("now", remove=(3, 11))
except RuntimeError as e:
    print("RuntimeError:", e)
