data = [1, 2, 3, 4]
first, *middle, *rest = data
print(first)
