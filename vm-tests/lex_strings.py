# String literals: four quote styles, escapes, raw strings, concatenation.
print('single')
print("double")
print('''triple single''')
print("""triple double""")
print('it\'s')
print("say \"hi\"")
print("it's")
print('say "hi"')
print('''a 'quoted' "word"''')
print("""line one
line two
line three""")
print('tab\there')
print('new\nline')
print('back\\slash')
print('\x41\x42\x43')
print('\u00e9\u00e8')
print('\101\102\103')
print('\0' == '\x00')
print(len('\0'))
print('bell\a'.replace('\a', '<BEL>'))
print(len('\r\n'))
print(repr('\t\n\r\\\''))
print(repr("it's"))
print(repr('say "hi"'))
print(repr('both \' and "'))
print(repr('\x00\x1f\x7f'))
print(repr('é\u00e9'))
print(r'raw\nstring')
print(R'raw\tstring')
print(r"C:\path\to\file")
print(len(r'\n'))
print(repr(r'\d+\.\d+'))
print('adjacent' ' literal' " concatenation")
print('abc'
      'def'
      "ghi")
x = ('one '
     'two '
     'three')
print(x)
print('' == "")
print(len(''))
print('''''' == "")
print("""multi
  indented
    text""")
print('line \
continued')
print(r'a' 'b\n' r'\c')
print('\u0041\U00000042')
