def level2():
    return {}["missing"]
def level1():
    return level2()
print("before")
level1()
