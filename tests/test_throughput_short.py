"""Work a one-worker build saves on short articles gives the results of the work itself."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

EXIT_CHECK = """
import atexit, gc, sys
sys.path.insert(0, sys.argv[1])
import build_graph
freeze, calls = gc.freeze, []
gc.freeze = lambda: calls.append(1) or freeze()
# registered first, so run last: after the freeze
atexit.register(lambda: print(len(calls), gc.get_freeze_count() > 0, flush=True))
build_graph._no_final_collection()
build_graph._no_final_collection()
print(len(calls), flush=True)
"""


def test_a_finished_build_leaves_its_objects_out_of_the_exit_collection():
    # registered once however often it is called; the freeze runs before the
    # handlers registered earlier, which still run
    done = subprocess.run([sys.executable, "-c", EXIT_CHECK, str(ROOT)], check=True,
                          capture_output=True, text=True)
    assert done.stdout.split() == ["0", "1", "True"]
