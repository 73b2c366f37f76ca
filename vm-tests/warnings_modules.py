# Warnings located in another module: DeprecationWarning shown only when it points at
# __main__ (stacklevel), each module's own __warningregistry__, module filters by name.
import os, sys, tempfile, warnings

LIB = '''
import warnings
def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
def here():
    warnings.warn("here deprecated", DeprecationWarning)
def user():
    warnings.warn("user from lib")
'''
tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, "wlib.py"), "w") as f:
    f.write(LIB)
sys.path.insert(0, tmp)
import wlib

err = sys.stderr = __import__("io").StringIO()
wlib.old()
wlib.here()
wlib.user()
out = err.getvalue().replace(tmp, "TMP").replace(os.path.dirname(os.path.abspath(__file__)), "HERE")
print(out)
print(sorted(k for k in wlib.__warningregistry__ if k != "version"))
print(sorted(k for k in __warningregistry__ if k != "version"))

with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="wlib")
    wlib.user()
    wlib.old()
    wlib.here()
    print([(str(w.message), os.path.basename(w.filename), w.lineno) for w in rec])

with warnings.catch_warnings():
    warnings.filterwarnings("error", category=DeprecationWarning, module="wl")
    for i in range(150):
        wlib.old()
    try:
        wlib.here()
    except DeprecationWarning as e:
        print("error in wlib:", e)

def hot(n):
    for i in range(n):
        wlib.user()
        wlib.here()
    return err.getvalue().count("\n")
before = err.getvalue().count("\n")
print(hot(200) - before)
sys.stderr = sys.__stderr__
os.remove(os.path.join(tmp, "wlib.py"))
