import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, "
        "used by type-setters -- and programmers -- to show every letter.  "
        "Supercalifragilisticexpialidocious-words\tget broken; e-mail too.")

def show(lines):
    for line in lines:
        print(repr(line))
    print('--')

for w in (1, 5, 10, 17, 30, 45, 70):
    show(textwrap.wrap(text, w))
show(textwrap.wrap(text, 20, break_on_hyphens=False))
show(textwrap.wrap(text, 20, break_long_words=False))
show(textwrap.wrap(text, 25, drop_whitespace=False))
show(textwrap.wrap(text, 25, replace_whitespace=False, expand_tabs=False))
show(textwrap.wrap(text, 30, initial_indent='* ', subsequent_indent='    '))
show(textwrap.wrap("Hello there.  How are you? Fine! ok.", 15, fix_sentence_endings=True))
show(textwrap.wrap("a\tb\tc", 40, tabsize=4))
show(textwrap.wrap("", 10))
show(textwrap.wrap("   ", 10))
show(textwrap.wrap("   leading and trailing   ", 10))
show(textwrap.wrap("---- ----- x--y a-b-c-d-e over-the-top-hyphenated-word", 8))
for ml in (1, 2, 3):
    show(textwrap.wrap(text, 20, max_lines=ml))
    show(textwrap.wrap(text, 20, max_lines=ml, placeholder='...'))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=33, initial_indent='>> '))
for w in (10, 12, 20, 40, 200):
    print(repr(textwrap.shorten(text, w)))
print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world", width=10, placeholder="...")))
for bad in (0, -1):
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print('ValueError', e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print('ValueError', e)

samples = [
    "    hello\n      world\n    end\n",
    "\thello\n\t  world\n",
    "  a\n \tb\n",
    "   \n  x\n    y\n  \n",
    "no indent\n  indented\n",
    "  mixed\n\tmixed\n",
    "",
    "   only\n",
]
for s in samples:
    print(repr(textwrap.dedent(s)))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\n\nb\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "# ")))

w = textwrap.TextWrapper(width=12, subsequent_indent='  ')
print(w.width, w.fix_sentence_endings, w.max_lines, repr(w.placeholder))
print(w.wrap("one two three four five six"))
w.width = 8
print(w.fill("one two three four five six"))

# warm-up: the same wrapper run many times, then mutated
def run(w):
    return w.wrap("alpha beta gamma delta epsilon zeta eta theta")
w = textwrap.TextWrapper(width=16)
for i in range(200):
    r = run(w)
print(r)
w.width = 11
w.initial_indent = '- '
print(run(w))
w.break_on_hyphens = False
print(run(w))
