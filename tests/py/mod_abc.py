import abc
import gc
import weakref
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Sequence, Sized
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self): return f'{self.name()} of area {self.area()}'
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class Square(Half):
    def name(self): return 'square'
print(Square().describe(), Shape.__abstractmethods__ == frozenset({'area', 'name'}), Square.__abstractmethods__)
print(isinstance(Square(), Shape), issubclass(Square, Shape), isinstance(3, Shape))
class Plugin(metaclass=ABCMeta): pass
@Plugin.register
class External: pass
print(isinstance(External(), Plugin), issubclass(External, Plugin), External.__name__)
try: Plugin.register(5)
except TypeError as e: print(e)
class Mine: pass
Sequence.register(Mine)
print(isinstance(Mine(), Sequence), issubclass(Mine, Sized))
r = weakref.ref(Mine)
del Mine
gc.collect()
print(r() is None, isinstance((), Sequence), isinstance({}, Sequence))
class Later(ABC):
    @abstractmethod
    def run(self): ...
Later.run = lambda self: 'ran'
abc.update_abstractmethods(Later); print(Later().run())
token = abc.get_cache_token(); Plugin.register(int); print(abc.get_cache_token() > token)
