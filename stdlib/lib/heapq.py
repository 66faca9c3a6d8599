"""Heap queue algorithm (a.k.a. priority queue): min-heaps kept in plain
lists.

Pure Python. Invariant: for a list `heap` maintained by these functions,
heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k with those
children, so heap[0] is the smallest item; the sift routines move items
exactly as CPython's do, so equal items end up in the same order.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, funcname, one_arg=False):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (funcname, '' if one_arg else ' 1', type(heap).__name__))


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap
    invariant."""
    _check_list(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item, /):
    """Fast version of a heappush followed by a heappop."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, 'heapify', True)
    n = len(heap)
    for i in reversed(range(n // 2)):
        _siftup(heap, i)


def _siftdown(heap, startpos, pos):
    # Move the item at pos up towards startpos until its parent is not
    # larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Bubble the smaller child up until hitting a leaf, then sift the item
    # down from there: fewer comparisons than stopping early.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    iterators = [iter(it) for it in iterables]
    # Each entry: [current key, tie-breaking order, current value, iterator]
    entries = []
    direction = -1 if reverse else 1
    for order, it in enumerate(iterators):
        for value in it:
            entries.append([value if key is None else key(value), order * direction, value, it])
            break
    while entries:
        best = None
        for entry in entries:
            if best is None:
                best = entry
                continue
            if reverse:
                better = best[0] < entry[0] or (not entry[0] < best[0] and entry[1] > best[1])
            else:
                better = entry[0] < best[0] or (not best[0] < entry[0] and entry[1] < best[1])
            if better:
                best = entry
        yield best[2]
        for value in best[3]:
            best[0] = value if key is None else key(value)
            best[2] = value
            break
        else:
            entries.remove(best)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]"""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]"""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
