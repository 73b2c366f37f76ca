# hmac over hashlib: RFC 2104/4231 vectors, new/digest/copy/update, compare_digest, errors,
# and a warm-up loop.
import hashlib
import hmac

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(hmac.new(b'\x0b' * 16, b'Hi There', 'md5').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha1).hexdigest())
print(hmac.new(b'\x0b' * 20, b'Hi There', digestmod='sha256').hexdigest())
print(hmac.new(b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', 'sha512').hexdigest())
print(hmac.digest(b'key', b'msg', 'sha384').hex())
print(hmac.new(b'key', digestmod='sha3_256').hexdigest())
print(hmac.new(bytearray(b'key'), b'x', 'blake2b').hexdigest())
h = hmac.new(b'key', b'hello ', 'sha256')
c = h.copy()
h.update(b'world')
c.update(b'there')
print(h.name, h.digest_size, h.block_size, h.hexdigest() == hmac.new(b'key', b'hello world', 'sha256').hexdigest())
print(c.hexdigest() == hmac.new(b'key', b'hello there', 'sha256').hexdigest(), h.digest().hex() == h.hexdigest())
print(hmac.digest_size, hmac.HMAC.blocksize)

for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), ('abc', 'abc'), ('abc', 'abd'),
             (bytearray(b'x'), b'x'), (b'', b''), ('', '')]:
    print(a, b, hmac.compare_digest(a, b))
show(hmac.compare_digest, 'a', b'a')
show(hmac.compare_digest, b'a', 'a')
show(hmac.compare_digest, '\xe9', '\xe9')
show(hmac.compare_digest, 1, 1)
show(hmac.new, b'k', b'm', 'foo')
show(hmac.new, 'k', b'm', 'sha256')
show(hmac.new, b'k', 'm', 'sha256')
show(hmac.new, b'k')
show(hmac.digest, b'k', b'm', 'foo')

def mac(i):
    return hmac.new(bytes([i % 256]), b'data', 'sha1').hexdigest()[:6]

print(len({mac(i) for i in range(256)}), mac(0), mac(255))
print(hmac.new(b'k', b'm', 'md5').hexdigest())
