"""Basic statistics: mean, fmean, median (low / high), mode, multimode,
variance, pvariance, stdev and pstdev.

Pure Python. Sums are exact: every value becomes an integer ratio and the
totals are kept as (numerator, denominator) pairs, so results are the
correctly rounded values CPython's statistics module returns; standard
deviations take a correctly rounded square root of the exact variance.
Invariant: int data gives int results where the exact value is an integer
(mean([1, 2, 3]) == 2), otherwise floats.
"""

import math
from collections import Counter

__all__ = ['StatisticsError', 'fmean', 'mean', 'median', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    if type(x) is int or isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if not math.isfinite(x):
            return x, None
        return x.as_integer_ratio()
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _result_type(types):
    result = int
    for typ in types:
        if typ is bool or issubclass(typ, int):
            continue
        if issubclass(typ, float):
            result = float
            continue
        raise TypeError(f"can't convert type '{typ.__name__}' to numerator/denominator")
    return result


def _normalize(num, den):
    g = math.gcd(num, den)
    return num // g, den // g


def _exact_sum(data):
    """(result type, numerator, denominator or None for a non-finite total,
    count)."""
    types = set()
    num, den = 0, 1
    special = None
    count = 0
    for x in data:
        count += 1
        types.add(type(x))
        n, d = _exact_ratio(x)
        if d is None:
            special = n if special is None else special + n
            continue
        num, den = num * d + n * den, den * d
        num, den = _normalize(num, den)
    T = _result_type(types)
    if special is not None:
        return T, special, None, count
    return T, num, den, count


def _convert(num, den, T):
    if den is None:
        return T(num) if T is float else num
    if T is int:
        if den == 1:
            return num
        T = float
    return num / den


def _fail_if_empty(n, message):
    if n < 1:
        raise StatisticsError(message)


def mean(data):
    """Return the sample arithmetic mean of data."""
    T, num, den, n = _exact_sum(data)
    _fail_if_empty(n, 'mean requires at least one data point')
    if den is None:
        return _convert(num / n, None, T)
    return _convert(*_normalize(num, den * n), T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        values = [float(x) for x in data]
        n = len(values)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(values) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def _sum_of_squares(data, center=None):
    """(result type, exact sum of squared deviations as num/den (den None
    for non-finite), count); deviations from the exact mean unless a center
    is given."""
    data = list(data)
    T, num, den, n = _exact_sum(data)
    if den is None:
        return T, num, None, n
    if center is None:
        c_num, c_den = _normalize(num, den * n) if n else (0, 1)
    else:
        c_num, c_den = _exact_ratio(center)
        if c_den is None:
            return T, c_num, None, n
    ss_num, ss_den = 0, 1
    for x in data:
        xn, xd = _exact_ratio(x)
        dn, dd = xn * c_den - c_num * xd, xd * c_den
        ss_num, ss_den = ss_num * dd * dd + dn * dn * ss_den, ss_den * dd * dd
        ss_num, ss_den = _normalize(ss_num, ss_den)
    return T, ss_num, ss_den, n


def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, num, den, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if den is None:
        return _convert(num, None, T)
    return _convert(*_normalize(num, den * (n - 1)), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, num, den, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if den is None:
        return _convert(num, None, T)
    return _convert(*_normalize(num, den * n), T)


def _sqrt_ratio_round_to_odd(n, m):
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


def _float_sqrt_of_ratio(n, m):
    """sqrt(n / m) correctly rounded to a float: an integer square root
    with enough extra bits (2 * 53 + 3), rounded to odd, then one correctly
    rounded division."""
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return (_sqrt_ratio_round_to_odd(n, m << 2 * q) << q) / 1
    return _sqrt_ratio_round_to_odd(n << -2 * q, m) / (1 << -q)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, num, den, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if den is None:
        return math.sqrt(num)
    num, den = _normalize(num, den * (n - 1))
    return _float_sqrt_of_ratio(num, den)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, num, den, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if den is None:
        return math.sqrt(num)
    num, den = _normalize(num, den * n)
    return _float_sqrt_of_ratio(num, den)
