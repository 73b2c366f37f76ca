# A small expression language: a tokenizer, a parser building tuples/classes, and an
# evaluator and command loop driven by match statements.


class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " ":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")" | "=":
                tokens.append(("op", ch))
                i += 1
            case d if d.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
            case c if c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case other:
                raise SyntaxError(f"bad character {other!r}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        node = self.term()
        while True:
            match self.peek():
                case ("op", "+" | "-" as op):
                    self.take()
                    node = BinOp(op, node, self.term())
                case _:
                    return node

    def term(self):
        node = self.factor()
        while True:
            match self.peek():
                case ("op", ("*" | "/") as op):
                    self.take()
                    node = BinOp(op, node, self.factor())
                case _:
                    return node

    def factor(self):
        match self.take():
            case ("num", value):
                return Num(value)
            case ("name", name):
                return Var(name)
            case ("op", "-"):
                return Neg(self.factor())
            case ("op", "("):
                node = self.expr()
                match self.take():
                    case ("op", ")"):
                        return node
                    case tok:
                        raise SyntaxError(f"expected ')', got {tok}")
            case tok:
                raise SyntaxError(f"unexpected {tok}")


def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"undefined variable {name}")
        case Neg(Num(0)):
            return 0
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("/", _, Num(0)):
            raise ZeroDivisionError("division by literal zero")
        case BinOp(op, left, right):
            a = evaluate(left, env)
            b = evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a // b
    raise TypeError(f"cannot evaluate {node!r}")


def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


def simplify(node):
    match node:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(Neg(x)):
            return simplify(x)
        case _:
            return node


def run(lines):
    env = {}
    history = []
    for line in lines:
        match line.split(maxsplit=1):
            case []:
                continue
            case ["quit"]:
                print("bye")
                break
            case ["vars"]:
                print(", ".join(f"{k}={v}" for k, v in sorted(env.items())) or "(none)")
            case ["history", *_]:
                print(history)
            case ["simplify", text]:
                tree = Parser(tokenize(text)).expr()
                print(show(tree), "=>", show(simplify(tree)))
            case [first, *rest]:
                try:
                    tokens = tokenize(line)
                    match tokens:
                        case [("name", name), ("op", "="), *expr_tokens]:
                            value = evaluate(Parser(expr_tokens).expr(), env)
                            env[name] = value
                            print(f"{name} = {value}")
                        case _:
                            tree = Parser(tokens).expr()
                            print(show(tree), "=", evaluate(tree, env))
                    history.append(first)
                except (SyntaxError, NameError, ZeroDivisionError) as e:
                    print(f"error: {type(e).__name__}: {e}")


run([
    "1 + 2 * 3",
    "x = 10",
    "y = x * (2 + 3)",
    "y - -x",
    "vars",
    "",
    "z + 1",
    "10 / 0",
    "10 / (5 - 5)",
    "7 / 2",
    "3 $ 4",
    "(1 + 2",
    "simplify 0 + x * 1",
    "simplify --(y * 0) + 4",
    "history",
    "quit",
    "1 + 1",
])
