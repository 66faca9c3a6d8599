import heapq
import random
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]; heapq.heapify(data); print(data)
print([heapq.heappop(data) for _ in range(len(data))])
h = [1, 3, 2]; print(heapq.heapreplace(h, 10), h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 5), h)
rng = random.Random(5); items = [rng.randrange(100) for _ in range(200)]
heap = list(items); heapq.heapify(heap); print(heap[:12])
print([heapq.heappop(heap) for _ in range(10)], heap[:8])
print(heapq.nsmallest(3, items), heapq.nlargest(3, items), heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len), heapq.nsmallest(0, items))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge(['a', 'c'], ['b'], key=str.upper)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]; pq = []
for p in pairs: heapq.heappush(pq, p)
print([heapq.heappop(pq) for _ in range(4)])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)]:
    try: bad()
    except IndexError as e: print('IndexError', e)
for bad in [lambda: heapq.heappush((), 1), lambda: heapq.heapify({})]:
    try: bad()
    except TypeError as e: print('TypeError', e)
