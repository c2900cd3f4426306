import sys

import pytest

from kefu.core.spare import LOWEST, SpareThread, thread_niceness


async def test_spare_work_runs_at_the_lowest_priority_and_leaves_the_caller_alone() -> None:
    spare = SpareThread("test-spare")
    try:
        assert await spare.run(sum, [1, 2, 3]) == 6
        niceness = await spare.run(thread_niceness)
    finally:
        spare.close()
    if sys.platform != "linux":
        pytest.skip("per-thread nice values are a Linux feature")
    assert niceness == LOWEST
    assert thread_niceness() != LOWEST  # the event loop's thread keeps its priority
