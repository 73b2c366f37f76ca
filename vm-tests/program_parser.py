# A tokenizer (a generator), a recursive-descent parser, a pretty-printer and
# an evaluator for a small expression language with let-bindings, functions
# of one argument and conditionals. Errors carry source positions.


class LangError(Exception):
    def __init__(self, message, pos):
        super().__init__(message, pos)
        self.message = message
        self.pos = pos

    def __str__(self):
        return f"{self.message} at column {self.pos}"

    def show(self, source):
        return f"{source}\n{' ' * self.pos}^ {self.message}"


class LexError(LangError):
    pass


class ParseError(LangError):
    pass


class EvalError(LangError):
    pass


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"


KEYWORDS = {"let", "in", "if", "then", "else", "fn"}
SYMBOLS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "%", "^", "(", ")", "=", "<", ">", ","]


def tokenize(source):
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "#":
            while i < n and source[i] != "\n":
                i += 1
            continue
        if ch.isdigit():
            start = i
            while i < n and source[i].isdigit():
                i += 1
            yield Token("num", source[start:i], start)
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < n and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            yield Token("kw" if word in KEYWORDS else "name", word, start)
            continue
        for sym in SYMBOLS:
            if source.startswith(sym, i):
                yield Token("op", sym, i)
                i += len(sym)
                break
        else:
            raise LexError(f"unexpected character {ch!r}", i)
    yield Token("eof", "", n)


# AST nodes are tuples: ("num", v), ("var", name), ("bin", op, l, r),
# ("neg", e), ("let", name, value, body), ("if", c, t, e), ("fn", param, body),
# ("call", f, arg)

BINARY = [
    ({"==", "!=", "<", ">", "<=", ">="}, "left"),
    ({"+", "-"}, "left"),
    ({"*", "/", "%"}, "left"),
    ({"^"}, "right"),
]


class Parser:
    def __init__(self, source):
        self.source = source
        self.tokens = list(tokenize(source))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, kind, text=None):
        tok = self.tok
        if tok.kind != kind or (text is not None and tok.text != text):
            want = text if text is not None else kind
            got = tok.text or "end of input"
            raise ParseError(f"expected {want!r}, got {got!r}", tok.pos)
        return self.advance()

    def parse(self):
        node = self.expr()
        self.expect("eof")
        return node

    def expr(self):
        tok = self.tok
        if tok.kind == "kw" and tok.text == "let":
            self.advance()
            name = self.expect("name").text
            self.expect("op", "=")
            value = self.expr()
            self.expect("kw", "in")
            return ("let", name, value, self.expr())
        if tok.kind == "kw" and tok.text == "if":
            self.advance()
            cond = self.expr()
            self.expect("kw", "then")
            then = self.expr()
            self.expect("kw", "else")
            return ("if", cond, then, self.expr())
        if tok.kind == "kw" and tok.text == "fn":
            self.advance()
            param = self.expect("name").text
            self.expect("op", "->")
            return ("fn", param, self.expr())
        return self.binary(0)

    def binary(self, level):
        if level == len(BINARY):
            return self.unary()
        ops, assoc = BINARY[level]
        left = self.binary(level + 1)
        while self.tok.kind == "op" and self.tok.text in ops:
            op = self.advance().text
            right = self.binary(level if assoc == "right" else level + 1)
            left = ("bin", op, left, right)
            if assoc == "right":
                break
        return left

    def unary(self):
        if self.tok.kind == "op" and self.tok.text == "-":
            self.advance()
            return ("neg", self.unary())
        return self.call()

    def call(self):
        node = self.atom()
        while self.tok.kind == "op" and self.tok.text == "(":
            self.advance()
            arg = self.expr()
            self.expect("op", ")")
            node = ("call", node, arg)
        return node

    def atom(self):
        tok = self.tok
        if tok.kind == "num":
            self.advance()
            return ("num", int(tok.text))
        if tok.kind == "name":
            self.advance()
            return ("var", tok.text)
        if tok.kind == "op" and tok.text == "(":
            self.advance()
            node = self.expr()
            self.expect("op", ")")
            return node
        raise ParseError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)


def pretty(node):
    kind = node[0]
    if kind == "num":
        return str(node[1])
    if kind == "var":
        return node[1]
    if kind == "neg":
        return f"(-{pretty(node[1])})"
    if kind == "bin":
        _, op, l, r = node
        return f"({pretty(l)} {op} {pretty(r)})"
    if kind == "let":
        return f"let {node[1]} = {pretty(node[2])} in {pretty(node[3])}"
    if kind == "if":
        return f"if {pretty(node[1])} then {pretty(node[2])} else {pretty(node[3])}"
    if kind == "fn":
        return f"(fn {node[1]} -> {pretty(node[2])})"
    return f"{pretty(node[1])}({pretty(node[2])})"


class Closure:
    def __init__(self, param, body, env):
        self.param, self.body, self.env = param, body, env

    def __repr__(self):
        return f"<fn {self.param} -> {pretty(self.body)}>"


OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "^": lambda a, b: a ** b,
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b),
}


def evaluate(node, env, depth=0):
    kind = node[0]
    if depth > 200:
        raise EvalError("recursion too deep", 0)
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise EvalError(f"unbound name {node[1]!r}", 0)
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env, depth + 1)
    if kind == "bin":
        _, op, l, r = node
        a = evaluate(l, env, depth + 1)
        b = evaluate(r, env, depth + 1)
        try:
            return OPS[op](a, b)
        except ZeroDivisionError:
            raise EvalError(f"division by zero in {pretty(node)}", 0) from None
        except TypeError as e:
            raise EvalError(f"type error: {e}", 0)
    if kind == "let":
        _, name, value, body = node
        inner = dict(env)
        v = evaluate(value, inner, depth + 1)
        inner[name] = v
        if isinstance(v, Closure):
            v.env[name] = v  # lets a let-bound function call itself
        return evaluate(body, inner, depth + 1)
    if kind == "if":
        cond = evaluate(node[1], env, depth + 1)
        return evaluate(node[2] if cond else node[3], env, depth + 1)
    if kind == "fn":
        return Closure(node[1], node[2], dict(env))
    f = evaluate(node[1], env, depth + 1)
    if not isinstance(f, Closure):
        raise EvalError(f"cannot call {f!r}", 0)
    arg = evaluate(node[2], env, depth + 1)
    call_env = dict(f.env)
    call_env[f.param] = arg
    return evaluate(f.body, call_env, depth + 1)


print("-- tokens")
for src in ["1 + 2*3", "let x = 10 in x % 3 # comment", "f(a)->b <= >= == !="]:
    print(f"  {src!r}")
    print(f"    {list(tokenize(src))}")
gen = tokenize("a b")
print(f"  generator: {type(gen).__name__}, first={next(gen)!r}, second={next(gen)!r}")

programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "10 - 4 - 3",
    "-2 ^ 2",
    "100 / 7 % 4",
    "let x = 5 in x * x + 1",
    "let x = 2 in let y = x * 10 in y - x",
    "if 3 < 4 then 100 else 200",
    "if 1 == 2 then 1 else if 2 != 2 then 2 else 3",
    "let sq = fn x -> x * x in sq(12)",
    "let add = fn a -> fn b -> a + b in add(3)(4)",
    "let fact = fn n -> if n <= 1 then 1 else n * fact(n - 1) in fact(20)",
    "let fib = fn n -> if n < 2 then n else fib(n - 1) + fib(n - 2) in fib(15)",
    "let compose = fn f -> fn g -> fn x -> f(g(x)) in compose(fn a -> a + 1)(fn b -> b * 2)(10)",
    "fn q -> q",
    "let big = 2 ^ 100 in big / 3",
    # errors below
    "1 / (3 - 3)",
    "let y = 1 in z + y",
    "5(3)",
    "1 + * 2",
    "let = 4 in 1",
    "(1 + 2",
    "3 $ 4",
    "if 1 then 2",
    "let loop = fn n -> loop(n + 1) in loop(0)",
]

for src in programs:
    print(f"-- {src}")
    try:
        tree = Parser(src).parse()
        print(f"  ast:    {tree}")
        print(f"  pretty: {pretty(tree)}")
        again = Parser(pretty(tree)).parse()
        print(f"  round trip equal: {again == tree}")
        value = evaluate(tree, {})
    except (LexError, ParseError) as e:
        print(f"  {type(e).__name__}: {e}")
        for line in e.show(src).splitlines():
            print(f"  | {line}")
    except EvalError as e:
        print(f"  EvalError: {e.message}")
        print(f"  args: {e.args}")
    else:
        print(f"  value:  {value!r}")

print("-- error classes")
for cls in (LexError, ParseError, EvalError):
    print(f"  {cls.__name__} -> {cls.__bases__[0].__name__} -> {cls.__mro__[2].__name__}")
try:
    Parser("let a = 1 in").parse()
except LangError as e:
    print(f"  caught base class: {e!r}")
