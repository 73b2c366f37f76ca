# Case conversion and character-class predicates.
s = 'hello World 123 ÀéÎ'
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("they're bill's friends".title(), 'hELLO wORLD'.capitalize(), 'a1b2 c3'.title())
print('ß'.upper(), 'ÆØÅ'.lower(), 'æøå'.upper())
tests = ['123', '12.3', 'abc', 'Abc', 'ABC', 'abc123', '', ' ', '\t\n', 'a b', 'é', 'Hello World', 'HELLO WORLD!']
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isdecimal(), t.isnumeric())
print('abc'.isidentifier(), '1abc'.isidentifier(), '_x'.isidentifier(), ''.isidentifier())
print('Hello'.upper().isupper(), 'Hello'.lower().islower())
print('straße'.upper(), len('straße'.upper()))
print('ÉCOLE'.lower(), 'über'.capitalize(), 'ÑANDÚ'.swapcase())
