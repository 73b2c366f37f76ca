# base64: standard/urlsafe/altchars/validate, base32/base32hex, base16, base85/ascii85,
# encodebytes/decodebytes, CPython's error messages, and a warm-up loop.
import base64
import binascii

def show(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(0, 256, 7)), b'\xfb\xff\xfe']
for s in samples:
    print(base64.b64encode(s), base64.standard_b64encode(s), base64.urlsafe_b64encode(s))
    print(base64.b64encode(s, altchars=b'*-'), base64.b32encode(s), base64.b32hexencode(s))
    print(base64.b16encode(s), base64.b85encode(s), base64.b85encode(s, pad=True))
    print(base64.a85encode(s), base64.a85encode(s, adobe=True), base64.a85encode(s, pad=True))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s, adobe=True), adobe=True) == s
    print(base64.encodebytes(s), base64.decodebytes(base64.encodebytes(s)) == s)

print(base64.encodebytes(b'x' * 120))
print(base64.a85encode(b'    \x00\x00\x00\x00abc', foldspaces=True))
print(base64.a85encode(b'hello world, this is long', wrapcol=7))
print(base64.a85encode(b'hello world, this is long', wrapcol=7, adobe=True))
print(base64.a85decode(b'y', foldspaces=True), base64.a85decode(b'z'), base64.a85decode(b'87cURD]i,"Ebo80'))
print(base64.b64decode('Zm9v'), base64.b64decode(b'Zm9v\n'), base64.b64decode(bytearray(b'Zm8=')))
print(base64.b64decode(b'Zm*-', altchars=b'*-'), base64.b64decode('+/+/', altchars='-_'))
print(base64.urlsafe_b64decode('-_-_'), base64.urlsafe_b64decode(b'+/+/'))
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'0O======', map01=b'L'))
print(base64.b32decode(b'ME======', map01='I'), base64.b16decode(b'ab', casefold=True))

show(base64.b64decode, b'Zm9v!', validate=True)
show(base64.b64decode, b'Zm9', validate=False)
show(base64.b64decode, b'Z')
show(base64.b64decode, 'Zm\xe9')
show(base64.b64decode, 12)
show(base64.b64encode, 'abc')
show(base64.b32decode, b'MZXW6')
show(base64.b32decode, b'MZXW6YQ=')
show(base64.b32decode, b'MZ1W6YQ=')
show(base64.b32decode, b'M=======')
show(base64.b32decode, b'MZXW6Y==')
show(base64.b32decode, b'mzxw6===')
show(base64.b32encode, 'abc')
show(base64.b16decode, b'ab')
show(base64.b16decode, b'0')
show(base64.b16decode, b'0G')
show(base64.b85decode, b'|NsC0~')
show(base64.b85decode, b'ab"cd')
show(base64.a85decode, b'abcdz')
show(base64.a85decode, b'ab\x00')
show(base64.a85decode, b's8W-"')
show(base64.a85decode, b'abc', adobe=True)
show(base64.encodebytes, 'abc')
show(base64.decodebytes, 'abc')

def work(i):
    d = bytes([i % 256, 1, 2, 3])[: i % 5]
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
    return len(base64.b16encode(d))

print(sum(work(i) for i in range(200)))
show(base64.b32decode, b'MZ1W6YQ=')
print(work(4))
