"""Two pseudo-terminals joined back to back, standing in for a serial cable (what `socat pty pty` does).

Usage: pty-pair.py DEVICE_LINK PEER_LINK. Makes both links, prints "ready", then copies bytes each way
until it is terminated; exiting closes both masters, which the other ends see as a hang-up.
"""

import os
import pty
import select
import signal
import sys
import tty


def main() -> None:
    links = sys.argv[1:3]
    ends = [pty.openpty() for _ in links]
    for (_, follower), link in zip(ends, links):
        # Raw and without echo, like a serial line: bytes pass through untouched.
        tty.setraw(follower)
        os.symlink(os.ttyname(follower), link)

    def stop(*_args: object) -> None:
        for link in links:
            if os.path.lexists(link):
                os.unlink(link)
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print("ready", flush=True)

    leaders = [leader for leader, _ in ends]
    other = {leaders[0]: leaders[1], leaders[1]: leaders[0]}
    while True:
        readable, _, _ = select.select(leaders, [], [])
        for leader in readable:
            try:
                data = os.read(leader, 4096)
            except OSError:
                continue
            view = memoryview(data)
            while view:
                view = view[os.write(other[leader], view):]


main()
