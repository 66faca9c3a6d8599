# try/finally with return: finally overriding returns, swallowing exceptions, return value snapshots
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_snapshot())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("cleanup", n)
print(while_finally())
def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    exc_in_finally()
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
