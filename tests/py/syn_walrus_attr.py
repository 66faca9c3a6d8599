class C: pass
c = C()
if (c.value := 5):
    print(c.value)
