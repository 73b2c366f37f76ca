# Word-frequency counter over a multi-line string with dicts and sorting.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair,
we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way --
in short, the period was so far like the present period, that some of
its noisiest authorities insisted on its being received, for good or for
evil, in the superlative degree of comparison only."""

PUNCT = ',.;:!?-"\''


def tokenize(text):
    words = []
    for raw in text.split():
        w = raw.strip(PUNCT).lower()
        if w:
            words.append(w)
    return words


def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


def top_n(freq, n):
    # Sort by descending count, then alphabetically (a stable, deterministic order).
    items = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    return items[:n]


words = tokenize(TEXT)
freq = count(words)
print('lines:', len(TEXT.splitlines()))
print('words:', len(words))
print('distinct:', len(freq))
print('characters:', len(TEXT), 'letters:', len(''.join(words)))

print('top 10:')
for rank, (w, c) in enumerate(top_n(freq, 10), 1):
    print(f'{rank:2d}. {w:<10} {c:3d} ' + '#' * c)

# Words that occur exactly once, alphabetically.
once = []
for w in freq:
    if freq[w] == 1:
        once.append(w)
once.sort()
print('hapax count:', len(once))
print('first hapaxes:', once[:8])

# Group words by length.
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    group = sorted(by_len[length])
    print(length, len(group), ' '.join(group[:6]))

# Longest words, ties broken alphabetically.
longest = sorted(freq, key=lambda w: (-len(w), w))[:5]
print('longest:', longest)

# First-occurrence order is insertion order of the dict.
first_seen = list(freq)[:12]
print('first seen:', first_seen)

# Letter frequencies.
letters = {}
for w in words:
    for ch in w:
        if ch.isalpha():
            letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print('common letters:', common)
print('vowel share:', round(
    (letters['a'] + letters['e'] + letters['i'] + letters['o'] + letters['u']) / sum(letters.values()), 4))

# Bigram counts.
bigrams = {}
for i in range(len(words) - 1):
    key = (words[i], words[i + 1])
    bigrams[key] = bigrams.get(key, 0) + 1
top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for (w1, w2), c in top_bigrams:
    print(f'{w1} {w2}: {c}')

# Capitalised words in the original text.
caps = []
for raw in TEXT.split():
    w = raw.strip(PUNCT)
    if w and w[0].isupper() and w not in caps:
        caps.append(w)
print('capitalised:', caps)
