import sys
print("before exit")
sys.exit("exit message")
