# uncaught ValueError from unpacking too many values inside a loop
pairs = [(1, "one"), (2, "two"), (3, "three", "extra")]
for number, name in pairs:
    print(number, name)
