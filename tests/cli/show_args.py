import sys
print(sys.argv[1:], sys.argv[0].endswith("show_args.py"))
