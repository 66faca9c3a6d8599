# Argument errors of built-in methods name the defining type when called
# through the class's method (list.append), the instance's type when called
# as a bound method object, as CPython does.
class L(list):
    pass


class D(dict):
    pass


bound = L().append
calls = [
    lambda: L().append(1, 2),
    lambda: list.append(L(), 1, 2),
    lambda: bound(1, 2),
    lambda: L().clear(1),
    lambda: D().keys(1),
    lambda: L().pop(1, 2),
    lambda: L().sort(1),
    lambda: dict.get({}),
    lambda: L().index(),
    lambda: [].append(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
