# try/finally inside loops: break, continue, nested handlers, else clauses, raising from finally
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_continue())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break, i=%d" % i
print(break_in_finally())
def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise TypeError("t")
        except ValueError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer except")
    else:
        log.append("outer else")
    finally:
        log.append("outer finally")
    return log
print(nested())
def else_and_finally(fail):
    log = []
    try:
        if fail:
            raise RuntimeError
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
        return log + ["returned from else"]
    finally:
        log.append("finally")
    return log
print(else_and_finally(False), else_and_finally(True))
