# A small tokenizer + infix-to-RPN converter + stack-based RPN evaluator.
PRECEDENCE = {'+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 3}
RIGHT_ASSOC = {'^': True}


def tokenize(expr):
    tokens = []
    i = 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == '.'):
                j += 1
            text = expr[i:j]
            tokens.append(float(text) if '.' in text else int(text))
            i = j
        elif ch in PRECEDENCE or ch in '()':
            tokens.append(ch)
            i += 1
        else:
            raise SyntaxError(f'unexpected character {ch!r} at position {i}')
    return tokens


def to_rpn(tokens):
    out = []
    ops = []
    for tok in tokens:
        if isinstance(tok, (int, float)):
            out.append(tok)
        elif tok == '(':
            ops.append(tok)
        elif tok == ')':
            while ops and ops[-1] != '(':
                out.append(ops.pop())
            if not ops:
                raise SyntaxError('unbalanced )')
            ops.pop()
        else:
            while ops and ops[-1] != '(':
                top = ops[-1]
                if PRECEDENCE[top] > PRECEDENCE[tok] or (
                        PRECEDENCE[top] == PRECEDENCE[tok] and not RIGHT_ASSOC.get(tok, False)):
                    out.append(ops.pop())
                else:
                    break
            ops.append(tok)
    while ops:
        op = ops.pop()
        if op == '(':
            raise SyntaxError('unbalanced (')
        out.append(op)
    return out


def apply_op(op, a, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if op == '/':
        return a / b
    if op == '%':
        return a % b
    if op == '^':
        return a ** b
    raise ValueError('unknown operator ' + op)


def eval_rpn(rpn):
    stack = []
    for tok in rpn:
        if isinstance(tok, str):
            if len(stack) < 2:
                raise IndexError('stack underflow at ' + tok)
            b = stack.pop()
            a = stack.pop()
            stack.append(apply_op(tok, a, b))
        else:
            stack.append(tok)
    if len(stack) != 1:
        raise ValueError(f'malformed expression, stack: {stack}')
    return stack[0]


def rpn_str(rpn):
    parts = []
    for t in rpn:
        parts.append(str(t))
    return ' '.join(parts)


exprs = [
    '1 + 2',
    '2 + 3 * 4',
    '(2 + 3) * 4',
    '10 - 4 - 3',
    '2 ^ 3 ^ 2',
    '(1 + 2) * (3 + 4) / 7',
    '100 % 7 + 3 * (2 - 5)',
    '1.5 * 4 + .25',
    '2 ^ 100',
    '7 / 2',
    '((((42))))',
    '1 / 0',
    '3 + $',
    '(1 + 2',
    '1 + 2)',
    '1 +',
]
for e in exprs:
    try:
        tokens = tokenize(e)
        rpn = to_rpn(tokens)
        value = eval_rpn(rpn)
        print(f'{e:<24} => {rpn_str(rpn):<28} = {value}')
    except ZeroDivisionError as err:
        print(f'{e:<24} => error: {err}')
    except (SyntaxError, IndexError, ValueError) as err:
        print(f'{e:<24} => {type(err).__name__}: {err}')

# Direct RPN evaluation of hand-written programs.
for prog in ['3 4 + 2 *', '5 1 2 + 4 * + 3 -', '2 3 ^ 1 -', '1 2 3', '+']:
    tokens = []
    for part in prog.split():
        tokens.append(int(part) if part.isdigit() else part)
    try:
        print(prog, '->', eval_rpn(tokens))
    except (IndexError, ValueError) as err:
        print(prog, '->', type(err).__name__, err)
