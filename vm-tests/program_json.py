# A hand-written JSON serializer (compact and pretty, with escaping, cycle
# detection and a `default` hook) and a matching recursive-descent decoder;
# round trips are checked on many values.


class EncodeError(TypeError):
    pass


class DecodeError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos = pos


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def encode_string(s, ascii_only=True):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or (ascii_only and ord(ch) > 0x7E):
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode_float(x):
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    return repr(x)


class Encoder:
    def __init__(self, indent=None, sort_keys=False, default=None, ascii_only=True):
        self.indent = indent
        self.sort_keys = sort_keys
        self.default = default
        self.ascii_only = ascii_only
        self._active = set()

    def encode(self, obj):
        return "".join(self._chunks(obj, 0))

    def _chunks(self, obj, level):
        if obj is None:
            yield "null"
        elif obj is True:
            yield "true"
        elif obj is False:
            yield "false"
        elif isinstance(obj, int):
            yield str(obj)
        elif isinstance(obj, float):
            yield encode_float(obj)
        elif isinstance(obj, str):
            yield encode_string(obj, self.ascii_only)
        elif isinstance(obj, (list, tuple)):
            yield from self._container(obj, level, "[", "]", self._list_items)
        elif isinstance(obj, dict):
            yield from self._container(obj, level, "{", "}", self._dict_items)
        elif self.default is not None:
            yield from self._chunks(self.default(obj), level)
        else:
            raise EncodeError(f"Object of type {type(obj).__name__} is not JSON serializable")

    def _container(self, obj, level, open_, close, items):
        if id(obj) in self._active:
            raise ValueError("Circular reference detected")
        if not obj:
            yield open_ + close
            return
        self._active.add(id(obj))
        try:
            yield open_
            if self.indent is None:
                sep, pad, end = ", ", "", ""
            else:
                pad = "\n" + " " * (self.indent * (level + 1))
                sep, end = "," + pad, "\n" + " " * (self.indent * level)
                yield pad
            first = True
            for chunk_list in items(obj, level + 1):
                if not first:
                    yield sep
                first = False
                yield from chunk_list
            yield end + close
        finally:
            self._active.discard(id(obj))

    def _list_items(self, obj, level):
        for item in obj:
            yield self._chunks(item, level)

    def _dict_items(self, obj, level):
        keys = list(obj)
        if self.sort_keys:
            keys.sort(key=lambda k: str(k))
        for key in keys:
            if isinstance(key, str):
                k = key
            elif key is None or isinstance(key, (bool, int, float)):
                k = "".join(self._chunks(key, level))
            else:
                raise EncodeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
            yield [encode_string(k, self.ascii_only), ": "] + list(self._chunks(obj[key], level))


def dumps(obj, **kw):
    return Encoder(**kw).encode(obj)


class Decoder:
    WS = " \t\n\r"
    CONSTANTS = {"true": True, "false": False, "null": None, "NaN": float("nan"),
                 "Infinity": float("inf"), "-Infinity": float("-inf")}

    def __init__(self, text):
        self.text = text
        self.i = 0

    def fail(self, msg):
        raise DecodeError(msg, self.text, self.i)

    def skip(self):
        while self.i < len(self.text) and self.text[self.i] in self.WS:
            self.i += 1

    def peek(self):
        self.skip()
        return self.text[self.i] if self.i < len(self.text) else ""

    def decode(self):
        value = self.value()
        if self.peek():
            self.fail("Extra data")
        return value

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        for word, val in self.CONSTANTS.items():
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        if ch == "-" or ch.isdigit():
            return self.number()
        self.fail("Expecting value")

    def number(self):
        start = self.i
        if self.text[self.i] == "-":
            self.i += 1
        while self.i < len(self.text) and (self.text[self.i].isdigit() or self.text[self.i] in ".eE+-"):
            self.i += 1
        lit = self.text[start:self.i]
        try:
            return float(lit) if any(c in lit for c in ".eE") else int(lit)
        except ValueError:
            self.i = start
            self.fail(f"Bad number {lit!r}")

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.text):
                self.fail("Unterminated string")
            ch = self.text[self.i]
            self.i += 1
            if ch == '"':
                return "".join(out)
            if ch != "\\":
                out.append(ch)
                continue
            esc = self.text[self.i:self.i + 1]
            self.i += 1
            simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
            if esc in simple:
                out.append(simple[esc])
            elif esc == "u":
                code = int(self.text[self.i:self.i + 4], 16)
                self.i += 4
                if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.i):
                    low = int(self.text[self.i + 2:self.i + 6], 16)
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    self.i += 6
                out.append(chr(code))
            else:
                self.i -= 2
                self.fail("Invalid \\escape")

    def sequence(self, close, item):
        self.i += 1
        result = []
        if self.peek() == close:
            self.i += 1
            return result
        while True:
            result.append(item())
            ch = self.peek()
            self.i += 1
            if ch == close:
                return result
            if ch != ",":
                self.i -= 1
                self.fail(f"Expecting ',' delimiter")

    def array(self):
        return self.sequence("]", self.value)

    def pair(self):
        if self.peek() != '"':
            self.fail("Expecting property name enclosed in double quotes")
        key = self.string()
        if self.peek() != ":":
            self.fail("Expecting ':' delimiter")
        self.i += 1
        return key, self.value()

    def obj(self):
        return dict(self.sequence("}", self.pair))


def loads(text):
    return Decoder(text).decode()


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


doc = {
    "name": "pyvm",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "big": 2 ** 70,
    "neg": -12.5e-3,
    "quote": 'say "hi"\\now',
    "ctrl": "tab\there\nnew\x01line\x7f",
    "unicode": "caf\u00e9 \u2603 \U0001F600",
    "nested": {"empty_list": [], "empty_dict": {}, "deep": [[1, [2, [3, {"k": (4, 5)}]]]]},
    10: "int key",
    2.5: "float key",
    True: "bool key",
    None: "none key",
}

print("-- compact")
print(dumps(doc))
print("-- pretty, indent=2, sorted")
print(dumps(doc, indent=2, sort_keys=True))
print("-- non-ascii kept")
print(dumps(["caf\u00e9", "\u2603"], ascii_only=False))

print("-- scalars")
for value in [0, -1, 3.0, 1e100, 1e-7, 0.1 + 0.2, float("inf"), float("-inf"), float("nan"), "", "\\", "/"]:
    print(f"  {value!r:>22} -> {dumps(value)}")

print("-- round trips")
samples = [doc["nested"], [1, 2.5, "x", None, True, False], {"a": {"b": {"c": []}}}, "\U0001F600 astral text",
           [[[]]], {"s": "line1\nline2\t\"q\""}, -0.0, 123456789012345678901234567890]
for s in samples:
    text = dumps(s)
    back = loads(text)
    expected = loads(dumps(back))
    print(f"  {text}")
    print(f"    -> {back!r} stable={back == expected}")
print(f"  unicode back: {loads(dumps(doc['unicode'])) == doc['unicode']}")
print(f"  pretty back equal: {loads(dumps(doc['nested'], indent=4)) == loads(dumps(doc['nested']))}")

print("-- decoding")
texts = [
    '{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n", "d": -3.5e2, "e": true}',
    '  [ ]  ',
    '"\\ud83d\\ude00"',
    '[1, 2',
    '{"a" 1}',
    '{a: 1}',
    '[1, 2] x',
    '"abc',
    '"bad \\q escape"',
    '[1,\n 2,\n @]',
    '',
    '-',
]
for t in texts:
    try:
        print(f"  {t!r} -> {loads(t)!r}")
    except DecodeError as e:
        print(f"  {t!r} -> DecodeError: {e} (pos {e.pos})")

print("-- errors while encoding")
cyclic = [1, 2]
cyclic.append(cyclic)
d = {"self": None}
d["self"] = d
bad_inputs = [("cyclic list", cyclic), ("cyclic dict", d), ("object", Point(1, 2)),
              ("set", {1}), ("tuple key", {(1, 2): 3})]
for label, obj in bad_inputs:
    try:
        print(f"  {label}: {dumps(obj)}")
    except (EncodeError, ValueError) as e:
        print(f"  {label}: {type(e).__name__}: {e}")
shared = [1]
print(f"  shared (not cyclic): {dumps([shared, shared, {'x': shared}])}")
print(f"  with default: {dumps({'p': Point(1, 2), 's': {3}}, default=lambda o: vars(o) if isinstance(o, Point) else sorted(o))}")
print(f"  pretty default: {dumps([Point(0, -1)], indent=1, default=lambda o: [o.x, o.y])}")
