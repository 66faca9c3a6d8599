# Several standard modules working together in one ordinary script
from collections import Counter, defaultdict, deque, namedtuple
from dataclasses import dataclass, field
from functools import lru_cache, reduce, partial
from itertools import groupby, chain, islice
from typing import List, Dict, Optional
import random, string, os, copy, operator, heapq, enum

text = "the quick brown fox jumps over the lazy dog the fox"
words = text.split()
freq = Counter(words)
print(freq.most_common(3))
by_len = defaultdict(list)
for w in words: by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list)

tasks = [Task(3, 'c'), Task(1, 'a'), Task(2, 'b')]
heap = list(tasks); heapq.heapify(heap)
print([heapq.heappop(heap).name for _ in range(3)], sorted(tasks)[0])

class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2
print(max(Level), Level.HIGH > Level.LOW, [l.name for l in Level])

random.seed(7)
pw = ''.join(random.choice(string.ascii_letters + string.digits) for _ in range(12))
print(pw, random.sample(range(50), 4), round(random.gauss(10, 2), 6))

graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': []}
def bfs(start):
    seen, order, queue = {start}, [], deque([start])
    while queue:
        node = queue.popleft(); order.append(node)
        for nxt in graph[node]:
            if nxt not in seen: seen.add(nxt); queue.append(nxt)
    return order
print(bfs('a'))

@lru_cache(maxsize=None)
def ways(n): return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(60), reduce(operator.mul, range(1, 11)), list(islice(chain('ab', 'cd'), 3)))
print([(k, len(list(g))) for k, g in groupby(sorted(words, key=len), key=len)])
Pt = namedtuple('Pt', 'x y'); pts = [Pt(1, 2), Pt(0, 5)]
print(sorted(pts, key=operator.attrgetter('y'), reverse=True), copy.deepcopy(pts) == pts)
print(os.path.splitext(os.path.basename('/tmp/archive.tar.gz')), partial(int, base=2)('1011'))
def find(d: Dict[str, int], k: str) -> Optional[int]: return d.get(k)
print(find({'a': 1}, 'a'), find.__annotations__['return'])
