# an exception raised while handling another: both are reported, the last line is the newest
data = {"a": 1}
def risky():
    try:
        return data["missing"]
    except KeyError as e:
        print("handling", repr(e))
        return int("not a number")
print("before")
risky()
