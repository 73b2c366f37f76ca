# hashlib: known digests of every algorithm, hash-object API, copy independence, blake2
# parameters, SHAKE lengths, pbkdf2_hmac vectors, CPython's error messages, warm-up loops.
import hashlib

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not hasattr(r, 'hexdigest') else (r.name, r.hexdigest() if r.digest_size else r.hexdigest(8)))
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(hashlib.algorithms_guaranteed))
print(type(hashlib.algorithms_guaranteed).__name__)
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)

for name in sorted(hashlib.algorithms_guaranteed):
    for data in [b'', b'abc', b'a' * 200, bytearray(b'\x00\xff' * 70)]:
        h = hashlib.new(name, data)
        if h.digest_size:
            print(name, h.digest_size, h.block_size, h.hexdigest(), len(h.digest()))
        else:
            print(name, h.digest_size, h.block_size, h.hexdigest(20), h.digest(5))
    ctor = getattr(hashlib, name)
    h1 = ctor()
    h1.update(b'hello ')
    h2 = h1.copy()
    h1.update(b'world')
    h2.update(b'there')
    if h1.digest_size:
        print(name, h1.hexdigest() == ctor(b'hello world').hexdigest(), h2.hexdigest() == ctor(b'hello there').hexdigest())
        print(h1.digest().hex() == h1.hexdigest())
    else:
        print(name, h1.hexdigest(16) == ctor(b'hello world').hexdigest(16), h2.digest(3) == ctor(b'hello there').digest(3))
    print(ctor(b'x', usedforsecurity=False).name)
    if not name.startswith('blake'):
        print(ctor(string=b'x').name)
    else:
        show(ctor, string=b'x')

print(hashlib.new('SHA256', b'abc').name, hashlib.new('MD5').hexdigest())
print(hashlib.new(name='sha1', data=b'abc').hexdigest())
print(hashlib.new('blake2b', b'abc', digest_size=16).hexdigest())

# blake2 parameters
print(hashlib.blake2b(b'abc', digest_size=20).hexdigest())
print(hashlib.blake2b(b'abc', key=b'secret').hexdigest())
print(hashlib.blake2b(b'abc', key=b'k' * 64, digest_size=32).hexdigest())
print(hashlib.blake2b(b'abc', salt=b'salt', person=b'me').hexdigest())
print(hashlib.blake2b(key=b'secret').hexdigest())
print(hashlib.blake2s(b'abc', digest_size=10, key=b'x', salt=b'12345678', person=b'p').hexdigest())
print(hashlib.blake2s(b'', key=b'k' * 32).hexdigest())
b = hashlib.blake2b(b'abc', digest_size=7)
print(b.digest_size, b.block_size, b.name, b.copy().hexdigest() == b.hexdigest(), type(b).__name__)
print(type(hashlib.md5()).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2s()).__name__)

# shake lengths
print(hashlib.shake_128(b'abc').hexdigest(0), hashlib.shake_256(b'abc').hexdigest(40))
print(hashlib.shake_128(b'abc').digest(length=3))

# pbkdf2
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 4096, 40).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, bytearray(b'NaCl'), 3, dklen=100).hex())
print(hashlib.pbkdf2_hmac('md5', b'', b'', 1, None).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha256', password=b'p', salt=b's', iterations=2, dklen=10).hex())

# errors
show(hashlib.md5, 'abc')
show(hashlib.md5, 5)
show(hashlib.md5().update, 'x')
show(hashlib.md5().update, 5)
show(hashlib.md5().update)
show(hashlib.md5().digest, 1)
show(hashlib.new, 'foo')
show(hashlib.new, 'foo', b'x')
show(hashlib.new, 5)
show(hashlib.new)
show(hashlib.md5, b'a', b'b')
show(hashlib.md5, string=b'a')
show(hashlib.md5, data=b'a')
show(hashlib.blake2b, digest_size=0)
show(hashlib.blake2b, digest_size=65)
show(hashlib.blake2s, digest_size=33)
show(hashlib.blake2b, key=b'x' * 65)
show(hashlib.blake2b, salt=b'x' * 17)
show(hashlib.blake2b, person=b'x' * 17)
show(hashlib.blake2s, key=b'x' * 33)
show(hashlib.blake2s, salt=b'x' * 9)
show(hashlib.blake2s, person=b'x' * 9)
show(hashlib.blake2b, 'abc')
show(hashlib.blake2b, b'a', b'b')
show(hashlib.blake2b, data=b'a')
show(hashlib.blake2b, digest_size='3')
show(hashlib.blake2b, key='abc')
show(lambda: hashlib.shake_128(b'a').hexdigest())
show(lambda: hashlib.shake_128(b'a').hexdigest(-1))
show(lambda: hashlib.shake_128(b'a').digest('x'))
show(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 0)
show(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 1, 0)
show(hashlib.pbkdf2_hmac, 'sha256', 'p', b's', 1)
show(hashlib.pbkdf2_hmac, 'sha256', b'p', b's')

# warm-up: the same methods many times, then a different algorithm through the same code
def work(h, data):
    h.update(data)
    c = h.copy()
    c.update(b'!')
    return h.hexdigest()[:8] + c.hexdigest()[:8] + str(h.digest_size) + h.name

acc = []
for i in range(300):
    acc.append(work(hashlib.sha256(), bytes([i % 256])))
print(len(set(acc)), acc[0], acc[299])
print(work(hashlib.md5(), b'x'), work(hashlib.blake2s(digest_size=4), b'x'), work(hashlib.sha3_512(), b'x'))
show(work, hashlib.sha1(), 'str')
for cls in (hashlib.blake2b, hashlib.blake2s):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    print(cls(b'abc').SALT_SIZE, isinstance(cls(), cls))
