# format() and f-strings look __format__ up on the type, so class objects
# format through their metaclass
print(f'{list}', format(int, ''), f'{type(3)} and {type}', '{}'.format(dict))
class Meta(type):
    def __format__(cls, spec): return 'Meta-formatted ' + cls.__name__ + spec
class WithMeta(metaclass=Meta):
    def __format__(self, spec): return 'instance' + spec
print(f'{WithMeta:!}', f'{WithMeta():?}', format(WithMeta, '#'))
try: f'{list:>10}'
except TypeError as e: print(e)
try: format(object(), 'x')
except TypeError as e: print(e)
