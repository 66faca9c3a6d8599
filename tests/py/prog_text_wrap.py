# classic program: text wrapping by hand — greedy wrap, full justification, centring, hanging indent, columns
TEXT = ("Reference counting frees most objects the moment they become unreachable, "
        "while the cycle collector periodically finds groups of objects that only refer "
        "to each other. Weak references let a program observe an object without keeping "
        "it alive. Supercalifragilisticexpialidocious words longer than the width are split.")
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line); line = ""
            lines.append(word[:width]); word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line); line = word
    if line:
        lines.append(line)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (1 if i < r else 0)) for i, w in enumerate(words[:-1])) + words[-1]
W = 30
wrapped = wrap(TEXT, W)
print("+" + "-" * W + "+")
for i, line in enumerate(wrapped):
    shown = line.ljust(W) if i == len(wrapped) - 1 else justify(line, W)
    print("|" + shown + "|")
print("+" + "-" * W + "+")
for line in wrap("a centred heading for the report", 16):
    print("[" + line.center(16, ".") + "]")
def hanging(label, text, width):
    body = wrap(text, width - len(label))
    return [label + body[0]] + [" " * len(label) + l for l in body[1:]]
print("\n".join(hanging("Note: ", "weak references do not keep their referent alive at all.", 28)))
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
cols = 3
rows = -(-len(words) // cols)
colw = max(map(len, words)) + 2
for r in range(rows):
    print("".join(words[c * rows + r].ljust(colw) for c in range(cols) if c * rows + r < len(words)).rstrip())
print([len(l) for l in wrap(TEXT, 20)], max(len(l) for l in wrap(TEXT, 12)) <= 12, wrap("", 10), wrap("x", 1))
