# classic program: singly linked list with iteration, indexing, reverse, merge, cycle detection, deletion tracking
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push_front(v)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self): return self._len
    def __getitem__(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("LinkedList index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev: prev.next = cur.next
                else: self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other): return list(self) == list(other)
ll = LinkedList([3, 1, 4])
ll.append(1); ll.append(5); ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], ll[2], 4 in ll, 9 in ll, sum(ll), sorted(ll))
ll.remove(1)
ll.reverse()
print(ll, len(ll), ll == [5, 1, 4, 3, 0], list(enumerate(ll))[:2])
for bad in (lambda: ll[10], lambda: ll.remove(42)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
def merge_sorted(a, b):
    out = LinkedList()
    tail = None
    ia, ib = iter(a), iter(b)
    va, vb = next(ia, None), next(ib, None)
    while va is not None or vb is not None:
        if vb is None or (va is not None and va <= vb):
            v, va = va, next(ia, None)
        else:
            v, vb = vb, next(ib, None)
        node = Node(v)
        if tail: tail.next = node
        else: out.head = node
        tail = node
        out._len += 1
    return out
print(merge_sorted(LinkedList([1, 4, 9]), LinkedList([2, 3, 10, 11])), merge_sorted(LinkedList(), LinkedList([7])))
def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False
c = LinkedList(range(6))
print(has_cycle(c.head))
last = c.head
while last.next:
    last = last.next
last.next = c.head.next.next
print(has_cycle(c.head))
last.next = None
print(has_cycle(c.head), LinkedList("abc"), LinkedList())
