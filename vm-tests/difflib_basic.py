# difflib: SequenceMatcher (opcodes, blocks, ratios, junk, autojunk), unified/context diffs,
# ndiff and restore, get_close_matches, argument errors, after warm-up.
import difflib
a = "one two three four five six seven eight nine ten".split()
b = "one 2 three four 5 six seven eight nine ten eleven".split()
s = difflib.SequenceMatcher(None, a, b)
print(s.get_opcodes())
print(s.get_matching_blocks())
print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
print(list(s.get_grouped_opcodes(1)))
print(s.find_longest_match(0, 5, 0, 5))
s2 = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s2.ratio(), 3), s2.get_opcodes())
al = ["line %d\n" % i for i in range(20)]
bl = list(al); bl[3] = "changed 3\n"; bl[15:17] = ["new\n"]; bl.insert(0, "first\n")
print("".join(difflib.unified_diff(al, bl, "a.txt", "b.txt")))
print("".join(difflib.context_diff(al, bl, "a.txt", "b.txt", "d1", "d2")))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff([], [])))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
print("".join(difflib.ndiff(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])))
d = list(difflib.ndiff("a\nb\nc\n".splitlines(True), "a\nB\nc\nd\n".splitlines(True)))
print(d, "".join(difflib.restore(d, 1)), "".join(difflib.restore(d, 2)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "wheels"], n=2, cutoff=0.5))
try:
    difflib.get_close_matches("x", [], n=0)
except ValueError as e: print(e)
try:
    difflib.get_close_matches("x", [], cutoff=2)
except ValueError as e: print(e)
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e: print(e)
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK(" # \n"), difflib.IS_LINE_JUNK("x"))
big_a = [str(i % 7) for i in range(300)]
big_b = [str(i % 5) for i in range(300)]
sm = difflib.SequenceMatcher(None, big_a, big_b)
print(len(sm.get_opcodes()), round(sm.ratio(), 6), sorted(sm.bpopular))
print(list(difflib.Differ().compare(["a b c\n", "same\n"], ["a B c\n", "same\n", "x\n"])))
x = "\n".join("word%d" % i for i in range(12)); y = x.replace("word5", "wurd5").replace("word9\n", "")
print("".join(difflib.ndiff(x.splitlines(True), y.splitlines(True))))
print(difflib.Match(1, 2, 3))
def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


for i in range(200):
    r = ratio("abcd", "bcde")
print(r, ratio("abcd", "abcd"), ratio("", ""), ratio([1, 2], (1, 2)))
sm = difflib.SequenceMatcher(None, "abc", "abd")
for i in range(200):
    ops = sm.get_opcodes()
print(ops)
sm.set_seq2("xbc")
print(sm.get_opcodes(), sm.get_matching_blocks())
sm.set_seqs("", "q")
print(sm.get_opcodes(), list(sm.get_grouped_opcodes()))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"])))
