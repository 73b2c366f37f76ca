# keyword: the keyword lists and the two predicates, also after warm-up.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for word in ['if', 'match', 'case', '_', 'print', 'True', 'None', 'async', 'await', '', 'If']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))


def classify(words):
    return [(keyword.iskeyword(w), keyword.issoftkeyword(w)) for w in words]


words = ['for', 'x', 'case', 'lambda']
for _ in range(200):
    result = classify(words)
print(result)
# Rebinding the module attributes is seen by the next call.
saved = keyword.iskeyword
keyword.iskeyword = lambda w: w == 'x'
print(classify(words))
keyword.iskeyword = saved
print(classify(words))
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError', e)
