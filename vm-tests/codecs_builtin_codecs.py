# The codecs beyond UTF-8/ASCII/Latin-1: UTF-16/32 with and without BOM, utf-8-sig,
# unicode_escape, raw_unicode_escape, single-byte code pages; error handlers and messages;
# names and aliases.
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

decodes = [(b'a', 'utf-16'), (b'\xff\xfea\x00b\x00', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'),
           (b'a\x00b\x00', 'utf-16'), (b'\xff\xfea', 'utf-16'), (b'\xfe\xffa', 'utf-16'),
           (b'a\x00b', 'utf-16-le'), (b'\x00\xd8\x00\x00', 'utf-16-le'),
           (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'), (b'=\xd8\x00\xde', 'utf-16-le'),
           (b'\xd8=\xde\x00', 'utf-16-be'), (b'\x00\xd8', 'utf-16-le'),
           (b'abc', 'utf-32'), (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'),
           (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32-le'),
           (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\x00\x01\xf6\x00', 'utf-32-be'),
           (b'\\x4', 'unicode_escape'), (b'\\u12', 'unicode_escape'), (b'\\N{foo}', 'unicode_escape'),
           (b'\\N{BULLET', 'unicode_escape'), (b'\\U00110000', 'unicode_escape'),
           (b'ab\\', 'unicode_escape'), (b'\\u12', 'raw_unicode_escape'),
           (b'a\\\\\\t\\n\\x41\\101\\u20ac\\U0001f600\\N{BULLET}\\\n\\7\\18\xe9', 'unicode_escape'),
           (b'\\\\u20ac\\u20ac\\x41\\', 'raw_unicode_escape'), (b'\\\\\\u0041', 'raw_unicode_escape'),
           (b'\x81', 'cp1252'), (b'\x80\x98\xe9', 'cp1252'), (b'\xc1\xc2', 'koi8-r'),
           (b'\xb0\xdb', 'cp437'), (b'\xa4', 'iso8859-15'), (b'\x8a', 'mac_roman'),
           (b'\xef\xbb\xbfhi', 'utf-8-sig'), (b'hi', 'utf-8-sig'), (b'\xef\xbb\xbf\xff', 'utf-8-sig')]
for b, enc in decodes:
    for err in ('strict', 'replace', 'ignore', 'backslashreplace'):
        print(b, enc, err, show(lambda: b.decode(enc, err)))

encodes = [('a\u20ac\x81', 'cp1252'), ('\U0001f600', 'cp437'), ('x\xff', 'koi8-r'),
           ('€uro', 'iso-8859-15'), ('\u0416', 'cp1251')]
for s, enc in encodes:
    for err in ('strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
                'bogus'):
        print(repr(s), enc, err, show(lambda: s.encode(enc, err)))

text = 'a\\\t\n\x00\x7f\xe9\u20ac\U0001f600"\''
for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig',
            'unicode_escape', 'raw_unicode_escape', 'UTF16', 'U32', 'utf_16le'):
    data = text.encode(enc)
    print(enc, data, data.decode(enc) == text)

def warm(b):
    return b.decode('utf-16-le'), 'x€'.encode('cp1252')
for _ in range(200):
    r = warm(b'h\x00i\x00')
print(r)
print(bytearray(b'\xff\xfeh\x00').decode('utf-16'), str(b'\x00h', 'utf-16-be'))
for enc in ('utf_16', 'windows-1252', 'Latin9', 'macintosh', 'IBM437', 'nope-codec'):
    print(enc, show(lambda: 'abc'.encode(enc)))
