SUB = "sub-package"
