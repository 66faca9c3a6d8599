# math module: constants, rounding, number theory, powers/logs, trig, predicates, errors
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.floor(10**20 + 0.0) == 10**20, math.ceil(5), math.floor(True))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10**30), math.cbrt(8.0), math.exp2(10))
print(math.pow(2, 10), math.pow(2, 0.5), math.exp(0), math.exp(1) == math.e, math.expm1(0.0), math.log1p(0.0))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(1))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(0), math.factorial(10), math.factorial(25), math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.perm(5, 2), math.perm(5))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.remainder(7, 4), math.remainder(5, 2))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), round(math.tan(math.pi / 4), 12), math.atan2(1, 1) == math.pi / 4)
print(math.degrees(math.pi), math.radians(180) == math.pi, round(math.asin(1), 12), math.acos(1), math.atan(0))
print(round(math.sinh(1), 10), round(math.cosh(0), 10), round(math.tanh(0.5), 10), round(math.atanh(0.5), 10))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0) == 2 ** -52, math.erf(0), round(math.erfc(0), 10), math.gamma(5), round(math.lgamma(5), 10))
for call in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
             lambda: math.factorial(2.5), lambda: math.acos(2), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
             lambda: math.exp(1000), lambda: math.fmod(1, 0), lambda: math.gcd(1.5), lambda: math.floor("x"),
             lambda: math.sqrt("4"), lambda: math.pow(0, -1)):
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Floorable:
    def __floor__(self): return "floored"
    def __ceil__(self): return "ceiled"
print(math.floor(Floorable()), math.ceil(Floorable()), math.trunc(3.9))
