# an uncaught exception without arguments prints only its class name; finally blocks still run first
def work():
    try:
        print("working")
        raise LookupError()
    finally:
        print("cleanup in finally")
try:
    work()
except KeyError:
    print("not caught here: LookupError is not a KeyError")
