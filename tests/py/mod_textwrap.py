import textwrap
text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module is "
        "well-known and state-of-the-art; it wraps long-winded sentences  with   odd spacing.\tTabs too.")
for width in [10, 20, 35, 70]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10), textwrap.wrap('averyveryverylongword end', 8, break_long_words=False))
print(textwrap.wrap('a-b-c-d well-behaved-hyphen x--y', 6), textwrap.wrap('well-behaved', 6, break_on_hyphens=False))
print(textwrap.shorten('Hello  world!  How are you today?', width=15), textwrap.shorten('Short one', 20), textwrap.shorten('a b c d e f g h', 9, placeholder='...'))
print(textwrap.wrap(text, 25, max_lines=3), textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap(' leading', 10))
print(repr(textwrap.dedent('''
    def f():
        return 1
      # odd
    ''')))
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('   x\n  \n   y')), repr(textwrap.dedent('no indent\n  some')))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\nb', '+', lambda line: True)))
print(textwrap.fill('End. Next sentence. Mr. Smith.', 60, fix_sentence_endings=True))
try: textwrap.wrap('x', 0)
except ValueError as e: print(e)
w = textwrap.TextWrapper(width=12, drop_whitespace=False); print(w.wrap('one two three four'))
