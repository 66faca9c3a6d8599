import random
import statistics as st
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.3]), st.mean([1, 2.5]), st.mean([True, 3]), st.mean(range(10**6)))
print(st.fmean([1, 2, 3, 4]), st.fmean([3.5, 4.0], weights=[1, 3]), st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median([1, 3]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode([1, 2, 2, 3, 3]), st.mode('abracadabra'), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.variance([1, 2, 3, 4]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.pvariance([1, 2, 3, 4]), st.variance([1, 3, 5]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.stdev([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.variance([1, 2, 3, 4], xbar=2.5))
rng = random.Random(99)
for trial in range(20):
    data = [rng.uniform(-1000, 1000) for _ in range(rng.randrange(2, 40))]
    ints = [rng.randrange(-10**12, 10**12) for _ in range(rng.randrange(2, 30))]
    print(st.mean(data), st.variance(data), st.stdev(data), st.pstdev(data), st.mean(ints), st.variance(ints), st.stdev(ints))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.fmean([])]:
    try: bad()
    except st.StatisticsError as e: print('StatisticsError', e)
try: st.mean(['a'])
except TypeError as e: print(e)
print(issubclass(st.StatisticsError, ValueError), st.mean([float('inf'), 1.0]), st.variance([1.0, float('nan')]))
