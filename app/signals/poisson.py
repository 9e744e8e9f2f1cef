"""The one-sided Poisson test without scipy: how likely a count this high is if nothing changed.

P(X >= k | mean m) for X ~ Poisson(m). Each term e^-m m^i / i! is computed in log space (lgamma), so
a mean of a few thousand cannot overflow; the tail is summed directly where it is small (k above the
mean: 1 - sum would lose every digit below 1e-16) and as 1 - the lower sum where it is large.
"""

from __future__ import annotations

import math

# The terms of a Poisson tail fall faster than geometrically past the mean: this many more than
# needed to reach a term below 1e-18 of the first is more than enough.
_NEGLIGIBLE = 1e-18
_MAX_TERMS = 100_000


def _log_pmf(i: int, mean: float) -> float:
    return -mean + i * math.log(mean) - math.lgamma(i + 1)


def upper_tail(count: int, mean: float) -> float:
    """P(X >= count) for X ~ Poisson(mean); 1.0 for count <= 0; mean must be positive."""
    if count <= 0:
        return 1.0
    if mean <= 0:
        raise ValueError("the mean of a Poisson test must be positive (floor it first)")
    if count > mean:
        # Upper tail directly: terms from `count` up, each smaller than the one before.
        first = _log_pmf(count, mean)
        total, term, i = 0.0, math.exp(first), count
        while term > 0 and i < count + _MAX_TERMS:
            total += term
            i += 1
            term *= mean / i
            if term < total * _NEGLIGIBLE:
                break
        return min(1.0, total)
    lower = math.fsum(math.exp(_log_pmf(i, mean)) for i in range(count))
    return max(0.0, min(1.0, 1.0 - lower))
