# bytes: literals, repr, indexing, slicing, iteration, concatenation, codecs.
b = b'a\x00\'"\xff'
print(repr(b), len(b), b[0], b[-1], b[1:3], list(b), b + b'!', b * 2)
print(repr(b"'"), bytes(3), bytes([1, 2]), bytes('xé', 'utf-8'), b'ab' < b'b')
print(b'hello'.hex(), b'hello'.hex(':'), bytes.fromhex('01 ff'), b'A' in b'ABC', 65 in b'ABC')
print(b'x'.join([b'a', b'b']), b'Ab'.upper(), b'  x '.strip(), b'abc'.find(b'c'))
for expr in ["bytes(-1)", "bytes([256])", "bytes('x')", "b'a' + 'b'", "b'abc'[5]"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
