class AppError(Exception):
    """Base for app errors."""
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

class ConfigError(AppError):
    pass

class MissingKey(ConfigError, KeyError):
    def __str__(self):
        return f"missing key {self.args[0]!r}"

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(key, code=2) from e

def parse_port(cfg):
    raw = load(cfg, "port")
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"bad port {raw!r}")

cfg = {"port": "80a", "host": "x"}
for c in [{"port": "8080"}, cfg, {}]:
    try:
        print(parse_port(c))
    except MissingKey as e:
        print("missing:", e, e.code, repr(e.__cause__), e.__suppress_context__)
        print(isinstance(e, KeyError), MissingKey.__mro__)
    except ConfigError as e:
        print("config:", e, type(e.__context__).__name__, e.__context__, e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__))

def f():
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")

try:
    f()
except ValueError as e:
    print("caught", e.args)

e = AppError("boom", code=5)
print(repr(e), str(e), e.args, e.code)
print(repr(MissingKey("k")), str(KeyError("k")), repr(KeyError("k")))
print(str(KeyError()), repr(ValueError()), str(ValueError(1, 2)))

class Retry(Exception):
    pass

attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(attempts)
    return "ok"

while True:
    try:
        r = flaky()
    except Retry as e:
        print("retry", e)
        continue
    else:
        print("else", r)
        break
    finally:
        print("attempt done")

def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())

def outer():
    try:
        parse_port({"port": "zz"})
    except ConfigError as e:
        raise AppError("startup failed") from e

outer()
