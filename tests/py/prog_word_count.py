# classic program: word frequencies, longest words, letter histogram, simple anagram groups
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
def words_of(t):
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in t)
    return cleaned.split()
words = words_of(text)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("total words:", len(words), "distinct:", len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:>8} {n:3} {'#' * n}")
print("longest:", sorted({w for w in words if len(w) == max(map(len, words))}))
print("once:", sorted(w for w, n in counts.items() if n == 1))
letters = {}
for c in text.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
hist = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", hist)
lines = text.splitlines()
print("lines:", len(lines), "chars per line:", [len(l) for l in lines], "commas:", text.count(","))
anagram_words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]
groups = {}
for w in anagram_words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(sorted(g) for g in groups.values() if len(g) > 1))
def capitalize_sentences(t):
    out, cap = [], True
    for ch in t:
        out.append(ch.upper() if cap and ch.isalpha() else ch)
        if ch.isalpha():
            cap = False
        elif ch in ".!?":
            cap = True
    return "".join(out)
print(capitalize_sentences("hello there. how are you? fine! ok."))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
