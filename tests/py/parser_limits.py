# Nesting limits of the tokenizer and parser, reached through compile().
def nested_ifs(levels):
    lines = ["if 1:"]
    lines += ["    " * i + "if 1:" for i in range(1, levels)]
    lines.append("    " * levels + "pass")
    return "\n".join(lines) + "\n"

for levels in (97, 98, 99, 100):
    try:
        compile(nested_ifs(levels), "<nested>", "exec")
        print(levels, "levels compile")
    except IndentationError as e:
        print(levels, "levels:", type(e).__name__, e.msg, e.lineno)

try:
    compile("x = " + "-" * 100000 + "1", "<unary>", "exec")
    print("deep unary compiled")
except MemoryError as e:
    print("MemoryError", e.args)

for depth in (199, 200, 201):
    try:
        compile("x = " + "(" * depth + "1" + ")" * depth, "<parens>", "exec")
        print(depth, "parentheses compile")
    except SyntaxError as e:
        print(depth, "parentheses:", e.msg)
