# uncaught KeyError whose key is a tuple: the message is the tuple's repr
inventory = {("apple", "red"): 3, ("apple", "green"): 5}
for key in inventory:
    print(key, inventory[key])
def lookup(store, *key):
    return store[key]
print(lookup(inventory, "apple", "red"))
print(lookup(inventory, "pear", "yellow"))
