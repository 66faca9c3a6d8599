value = 21
print("script ran")
