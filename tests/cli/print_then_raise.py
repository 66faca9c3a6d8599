print("handled")
try:
    1 / 0
except ZeroDivisionError:
    print("still going")
[][1]
