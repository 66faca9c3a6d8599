# uncaught MRO conflict: the TypeError message spans two lines, the last names the bases
class Base: pass
class Left(Base): pass
class Right(Base): pass
class Fine(Left, Right): pass
print([c.__name__ for c in Fine.__mro__])
class Broken(Base, Left): pass
print("never reached")
