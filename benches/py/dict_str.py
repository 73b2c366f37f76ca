# Word statistics over generated prose: word frequencies with dict.get, words grouped by
# first letter with setdefault (a dict of lists), bigram counts keyed by tuples, an index
# of line numbers per word, and rankings sorted by key functions.
# Stresses str hashing, dict lookups and inserts with str and tuple keys, and sorting.

VOCABULARY = (
    "the of and to in is was he for it with as his on be at by had are but from or have an "
    "they which one you were her all she there would their we him been has when who will "
    "more no if out so said what up its about into than them can only other new some could "
    "time these two may then do first any my now such like our over man me even most made "
    "after also did many before must through back years where much your way well down "
    "should because each just those people how too little state good very make world still "
    "own see men work long get here between both life being under never day same another "
    "know while last might us great old year off come since against go came right used take"
).split()


def generate_text(lines, seed):
    state = seed
    text = []
    for _ in range(lines):
        words = []
        for _ in range(12):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            # skew the distribution: low indexes are much more frequent
            r = state % 1000
            words.append(VOCABULARY[r * r // 1000 * len(VOCABULARY) // 1000])
        text.append(" ".join(words).capitalize() + ".")
    return "\n".join(text)


def analyse(text):
    freq = {}
    by_letter = {}
    bigrams = {}
    index = {}
    for number, line in enumerate(text.split("\n")):
        words = line.lower().rstrip(".").split()
        for w in words:
            freq[w] = freq.get(w, 0) + 1
            by_letter.setdefault(w[0], []).append(w)
            lines = index.setdefault(w, [])
            if not lines or lines[-1] != number:
                lines.append(number)
        for pair in zip(words, words[1:]):
            bigrams[pair] = bigrams.get(pair, 0) + 1
    return freq, by_letter, bigrams, index


def run():
    text = generate_text(12_000, 2024)
    freq, by_letter, bigrams, index = analyse(text)
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    letters = sorted(by_letter, key=lambda k: len(by_letter[k]), reverse=True)[:5]
    distinct = {k: len(set(v)) for k, v in by_letter.items()}
    best_pair = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
    rare = [w for w in sorted(freq) if freq[w] < 500]
    spread = sum(len(v) for v in index.values())
    return top, "".join(letters), distinct["t"], best_pair, len(rare), spread, len(bigrams)


for _ in range(4):
    result = run()
print("dict_str:", result)
assert result == ([("the", 12244), ("of", 4968), ("and", 3668), ("to", 3340), ("in", 2841)],
                  "twoah", 15, (("the", "the"), 964), 10, 133265, 19342), result
