# chr, ord, hex, bin, oct incl. negative numbers.
print(chr(65), chr(97), chr(48), chr(32) == ' ', chr(233), chr(0x4e2d), chr(0x1F600) == '\U0001F600')
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('é'), ord('中'), ord('\n'), ord('\x00'))
print(chr(ord('a') + 1), ord(chr(1000)))
letters = ''
for i in range(26):
    letters += chr(ord('a') + i)
print(letters)
print(hex(0), hex(255), hex(-255), hex(2 ** 64), hex(-1), hex(16))
print(bin(0), bin(5), bin(-5), bin(2 ** 40), bin(1))
print(oct(0), oct(8), oct(-8), oct(511), oct(2 ** 30))
print(hex(True), bin(False))
print(int(hex(12345), 16), int(bin(-77), 2), int(oct(999), 8))
print(hex(10 ** 20), bin(255)[2:], oct(64)[2:])
total = 0
for ch in 'Hello':
    total += ord(ch)
print(total)
print(repr(chr(10)), repr(chr(9)), repr(chr(127)), repr(chr(160)))
