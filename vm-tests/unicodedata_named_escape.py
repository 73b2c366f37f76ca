# \N{...} escapes in string literals: stored names in any case, Hangul, CJK, with other
# escapes and in f-strings; raw and bytes literals keep them; malformed and unknown names
# are SyntaxErrors with CPython's positions (compiled through exec).
print(ascii("\N{LATIN SMALL LETTER A}"), ascii("\N{latin small letter a}x"), ascii("\N{HANGUL SYLLABLE GAG}"))
print(ascii("\u00e9\N{EURO SIGN}\N{SNOWMAN}!\x41\N{CJK UNIFIED IDEOGRAPH-4E00}"))
print(ascii(f"{1 + 1}\N{EURO SIGN}{'x'}"), ascii(r"\N{EURO SIGN}"), b"\N{EURO SIGN}")
print(len("\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}"), "\N{DIGIT ONE}\N{DIGIT TWO}")
for src in [r'"\N{foo}"', r'"\N"', r'"\N{"', r'"\N{abc"', r'"ab\N{}"', r'"\N{LATIN SMALL LETTER A"',
            r'"xy\N{NO SUCH THING}z"', r'"\N{cjk unified ideograph-4e00}"', r'"\N {SNOWMAN}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(src, e.msg)

def f(i):
    return "\N{BLACK STAR}" * (i % 3) + "\N{WHITE STAR}"

print([f(i) for i in range(250)][-3:], len(f(2)))
