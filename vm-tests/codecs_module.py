# The codecs module: lookup and names, encode/decode including the bytes-to-bytes codecs,
# incremental decoders fed a character cut in two, stream writers/readers, codecs.open,
# error handler registry.
import codecs, io, os, tempfile

def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

for name in ['UTF-8', 'utf8', 'U8', 'latin-1', 'Latin1', 'ascii', 'us-ascii', 'UTF-16', 'utf_16_le',
             'utf-32-be', 'utf-8-sig', 'cp1252', 'windows-1252', 'ISO-8859-15', 'koi8_r', 'MacRoman',
             'unicode_escape', 'hex', 'base64', 'rot13', 'zlib', 'nope']:
    print(name, show(lambda: codecs.lookup(name).name))
info = codecs.lookup('utf-8')
print(info[0] is info.encode, len(info), info.encode('é'), info.decode(b'\xc3\xa9'))
print(codecs.encode('hello', 'rot13'), codecs.decode('uryyb', 'rot_13'))
print(codecs.encode(b'\x01\xff', 'hex'), codecs.decode(b'01ff', 'hex_codec'))
print(codecs.encode(b'pyvm', 'base64'), codecs.decode(b'cHl2bQ==\n', 'base64'))
print(codecs.decode(codecs.encode(b'abc' * 10, 'zlib'), 'zlib'))
print(codecs.encode('é€', 'utf-16-le'), codecs.decode(b'\xe9', 'latin-1'), codecs.encode('x'))
print(show(lambda: codecs.encode(b'x', 'utf-8')), show(lambda: codecs.decode('x', 'nope')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16)

text = 'naïve café — 😀 done'
for enc in ('utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'latin-1'):
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = 'plain text'.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    out = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    out.append(dec.decode(b'', final=True))
    print(enc, ''.join(out), len([o for o in out if o]))
    encoder = codecs.getincrementalencoder(enc)()
    pieces = b''.join(encoder.encode(ch) for ch in 'ab') + encoder.encode('', True)
    print(enc, pieces)

def warm(b):
    d = codecs.getincrementaldecoder('utf-8')()
    return d.decode(b[:1]) + d.decode(b[1:], True)
for _ in range(200):
    r = warm('é'.encode())
print(r, list(codecs.iterdecode([b'\xc3', b'\xa9x'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'utf-8')))
print(codecs.utf_8_decode(b'ab\xc3', 'strict', False), codecs.utf_8_decode(b'ab', 'strict', True))
print(show(lambda: codecs.utf_8_decode(b'ab\xc3', 'strict', True)))

buf = io.BytesIO()
w = codecs.getwriter('utf-8')(buf)
w.write('héllo\n')
w.writelines(['a', 'b'])
print(buf.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO('ligne 1\nligne 2 é\n'.encode()))
print([r.readline(), r.readline(), r.readline()])

path = os.path.join(tempfile.gettempdir(), 'pyvm_codecs_%d.txt' % os.getpid())
with codecs.open(path, 'w', encoding='utf-16') as f:
    f.write('un\ndeux é\n')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', encoding='utf-16') as f:
    print(repr(f.read()))
os.remove(path)

print(codecs.lookup_error('strict') is codecs.strict_errors, show(lambda: codecs.lookup_error('nope')))
codecs.register_error('mine', codecs.replace_errors)
print(codecs.lookup_error('mine') is codecs.replace_errors)
def search(name):
    print('search', name)
    if name == 'pyvm_test':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (b.decode().lower(), len(b)), name='pyvm-test')
codecs.register(search)
print(codecs.encode('abc', 'pyvm-test'), codecs.decode(b'ABC', 'pyvm-test'), codecs.lookup('pyvm-test').name)
codecs.unregister(search)
print(show(lambda: codecs.lookup('pyvm-test')))
