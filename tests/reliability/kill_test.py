#!/usr/bin/env python3
"""Kills Amends with SIGKILL at random moments while it writes a file, and checks that
the file is always the old or the new complete file and that no temporary file
outlives the next write.

  kill_test.py new    --cli AMENDS_CLI [--kills N] [--seed S]
  kill_test.py export --cli AMENDS_CLI [--kills N] [--seed S]
  kill_test.py window --cli AMENDS_CLI --window-saver WINDOW_SAVER [--kills N] [--seed S]

new:    `amends-cli new -o letter.amends` over an existing draft;
export: `amends-cli export DRAFT -o letter.pdf` over an existing PDF.
Each kill falls at a random moment within the command's measured run time (and a
little after, so some runs complete). After each kill the target must be byte for
byte the old or the new file (a PDF's time stamps aside). When a kill left a temporary file, the next successful
write to the same target must remove it.

window: the main window saving with its Save action and writing autosave copies in a
loop (tests/reliability/windowsaver.cpp), killed at random moments. The draft must be
the last saved version or the one being saved; the next start must offer exactly the
recovery copy the killed window had written since its last save (and nothing else);
no temporary file may be left beside the draft once the next save completed, and the
next start leaves nothing of a dead window in the recovery folder.

ctest runs a few dozen kills of each (AMENDS_KILLS sets how many); the figures in README.md ("Reliability") come
from --kills 500.
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time


class Failure(Exception):
    pass


def isolated_env(root):
    env = dict(os.environ)
    home = os.path.join(root, "home")
    os.makedirs(home, exist_ok=True)
    env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_DATA_HOME=os.path.join(home, ".local/share"),
               XDG_CACHE_HOME=os.path.join(home, ".cache"), QT_QPA_PLATFORM="offscreen",
               LC_ALL="C.UTF-8",
               # Qt embeds fonts in hash order: a fixed seed makes two exports comparable.
               QT_HASH_SEED="0")
    return env


def run(args, env):
    result = subprocess.run(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode != 0:
        raise Failure(f"{' '.join(args)} exited {result.returncode}: {result.stderr.decode(errors='replace')}")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def others(folder, keep):
    return sorted(name for name in os.listdir(folder) if name not in keep)


def replace_with(path, data, scratch):
    """Puts data at path atomically, from outside the target's folder."""
    staging = os.path.join(scratch, "restore")
    with open(staging, "wb") as f:
        f.write(data)
    os.replace(staging, path)


# A PDF records when it was written (the information dictionary and XMP metadata), to
# the second: those digits are masked, every other byte is compared.
PDF_TIMES = [(re.compile(rb"D:\d{14}Z"), b"D:00000000000000Z"),
             (re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"), b"0000-00-00T00:00:00Z")]


def comparable(data, suffix):
    if suffix == ".pdf":
        for pattern, mask in PDF_TIMES:
            data = pattern.sub(mask, data)
    return data


def cli_kills(options, make_args):
    """make_args(version, output, root) gives the command writing version 'old' or 'new'."""
    root = tempfile.mkdtemp(prefix="amends-kill-")
    try:
        env = isolated_env(root)
        refs = os.path.join(root, "ref")
        work = os.path.join(root, "work")
        os.makedirs(refs)
        os.makedirs(work)
        expected = {}
        for version in ("old", "new"):
            outputs = []
            for attempt in range(2):
                out = os.path.join(refs, f"{version}{attempt}{options.suffix}")
                run(make_args(version, out, root), env)
                outputs.append(comparable(read(out), options.suffix))
            if outputs[0] != outputs[1]:
                raise Failure(f"two runs writing the {version} file gave different bytes; they cannot be compared")
            expected[version] = outputs[0]
        if expected["old"] == expected["new"]:
            raise Failure("the old and the new file are the same")

        target = os.path.join(work, "letter" + options.suffix)
        durations = []
        for _ in range(5):
            start = time.monotonic()
            run(make_args("new", target, root), env)
            durations.append(time.monotonic() - start)
        duration = statistics.median(durations)

        rng = random.Random(options.seed)
        counts = dict(killed_old=0, killed_new=0, completed=0, leftovers=0)
        replace_with(target, expected["old"], root)
        for i in range(options.kills):
            process = subprocess.Popen(make_args("new", target, root), env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.0, duration * 1.15))
            process.send_signal(signal.SIGKILL)
            code = process.wait()
            data = comparable(read(target), options.suffix)
            if data not in (expected["old"], expected["new"]):
                keep = os.path.join(tempfile.gettempdir(), f"amends-kill-damaged{options.suffix}")
                shutil.copyfile(target, keep)
                raise Failure(f"kill {i + 1}: the target is neither the old nor the new file "
                              f"({len(data)} bytes, kept as {keep})")
            if code == -signal.SIGKILL:
                counts["killed_old" if data == expected["old"] else "killed_new"] += 1
            elif code == 0:
                counts["completed"] += 1
            else:
                raise Failure(f"kill {i + 1}: the command exited {code}")
            left = others(work, {os.path.basename(target)})
            if left:
                counts["leftovers"] += 1
                # The next successful write to the same target removes them.
                run(make_args("old", target, root), env)
                if others(work, {os.path.basename(target)}):
                    raise Failure(f"kill {i + 1}: {left} left by the kill survived the next write")
                if comparable(read(target), options.suffix) != expected["old"]:
                    raise Failure(f"kill {i + 1}: the next write did not write the file")
            else:
                replace_with(target, expected["old"], root)
        print(f"{options.mode}: {options.kills} kills over a run of {duration * 1000:.0f} ms: "
              f"{counts['killed_old']} left the old file, {counts['killed_new']} the new one, "
              f"{counts['completed']} runs completed first; {counts['leftovers']} kills left a temporary "
              f"file, each removed by the next write. Never a partial file.")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def new_args(options):
    def make(version, output, root):
        name = "Ana Oldfield" if version == "old" else "Bea Newman"
        return [options.cli, "new", "--scenario", "duplicate-charge", "--set", f"customer.name={name}",
                "--set", "date.letter=2026-11-20", "-o", output]
    return make


def window_kills(options):
    root = tempfile.mkdtemp(prefix="amends-kill-window-")
    try:
        env = isolated_env(root)
        drafts = os.path.join(root, "drafts")
        recovery = os.path.join(root, "recovery")
        os.makedirs(drafts)
        draft = os.path.join(drafts, "letter.amends")
        settings = os.path.join(root, "settings.ini")
        version_pattern = re.compile(r"We are sorry: version (\d+)\.")
        rng = random.Random(options.seed)

        def file_version():
            data = read(draft)
            json.loads(data)  # a complete draft
            found = version_pattern.findall(data.decode("utf-8"))
            if len(found) != 1:
                raise Failure(f"the draft holds {len(found)} version marks")
            return int(found[0])

        expected_orphans = None  # what the next start must offer, from the last kill
        saved_version = None
        totals = dict(saves=0, autosaves=0, offered=0, kills_in_save=0, kills_in_autosave=0)
        for i in range(options.kills + 1):
            process = subprocess.Popen([options.window_saver, draft, recovery, settings], env=env,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            lines = []
            ready = threading.Event()

            def drain():
                for line in process.stdout:
                    lines.append(line.strip())
                    if line.strip() == "ready":
                        ready.set()
                ready.set()

            reader = threading.Thread(target=drain)
            reader.start()
            if not ready.wait(60) or "ready" not in lines:
                process.kill()
                raise Failure(f"start {i + 1}: the window did not start: {process.stderr.read()}")
            offered = sorted(line.split()[1] for line in lines[:lines.index("ready")] if line.startswith("orphan "))
            if expected_orphans is not None and not any(offered == sorted(choice) for choice in expected_orphans):
                raise Failure(f"start {i + 1}: offered {offered} for recovery; expected one of {expected_orphans}")
            totals["offered"] += len(offered)
            if saved_version is None:
                saved_version = file_version()
            if i == options.kills:
                process.kill()
                process.wait()
                reader.join()
                break
            time.sleep(rng.uniform(0.0, 1.0))
            process.send_signal(signal.SIGKILL)
            process.wait()
            reader.join()

            steps = [line.split() for line in lines[lines.index("ready") + 1:]]
            last = steps[-1] if steps else None
            completed_saves = [int(v) for word, v in steps if word == "saved"]
            completed_autosaves = [int(v) for word, v in steps if word == "autosaved"]
            totals["saves"] += len(completed_saves)
            totals["autosaves"] += len(completed_autosaves)
            if completed_saves:
                saved_version = completed_saves[-1]
            allowed = {saved_version}
            if last and last[0] == "saving":
                allowed.add(int(last[1]))
                totals["kills_in_save"] += 1
            if last and last[0] == "autosaving":
                totals["kills_in_autosave"] += 1
            version = file_version()
            if version not in allowed:
                raise Failure(f"kill {i + 1}: the draft holds version {version}; expected one of {sorted(allowed)}")
            # Every run numbers its versions from 1 again: carry the file's own forward.
            saved_version = version
            # A save the kill cut short may leave its own temporary file; nothing else may
            # stay beside the draft once a save completed.
            strays = others(drafts, {"letter.amends"})
            if completed_saves and len(strays) > (1 if last and last[0] == "saving" else 0):
                raise Failure(f"kill {i + 1}: {strays} beside the draft after a completed save")
            # What the next start must offer: the copy autosave wrote after the last save.
            if not last:
                expected_orphans = [[]]
            elif last[0] == "autosaved":
                expected_orphans = [[last[1]]]
            elif last[0] == "autosaving":
                expected_orphans = [[], [last[1]]]
            elif last[0] == "saving":
                expected_orphans = [[], [str(int(last[1]) - 1)]] if int(last[1]) > 1 else [[]]
            else:  # saved
                expected_orphans = [[]]
            # The next start clears what dead windows left; only this window's files remain.
            ids = {name.split(".")[0] for name in os.listdir(recovery)}
            if len(ids) > 1:
                raise Failure(f"kill {i + 1}: the recovery folder holds files of {len(ids)} windows: "
                              f"{sorted(os.listdir(recovery))}")
        print(f"window: {options.kills} kills; {totals['saves']} saves and {totals['autosaves']} autosaves completed, "
              f"{totals['kills_in_save']} kills during a save and {totals['kills_in_autosave']} during an autosave; "
              f"{totals['offered']} recovery copies offered, each the expected one. Never a partial draft.")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["new", "export", "window"])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--window-saver")
    parser.add_argument("--kills", type=int, help="how many kills (default: AMENDS_KILLS, else 40; window 5)")
    parser.add_argument("--seed", type=int, default=int(os.environ.get("AMENDS_KILL_SEED", "20261120")))
    options = parser.parse_args()
    if options.kills is None:
        options.kills = int(os.environ.get("AMENDS_KILLS", "5" if options.mode == "window" else "40"))
    try:
        if options.mode == "new":
            options.suffix = ".amends"
            cli_kills(options, new_args(options))
        elif options.mode == "export":
            options.suffix = ".pdf"
            make_new = new_args(options)

            def make(version, output, root):
                draft = os.path.join(root, f"{version}.amends")
                if not os.path.exists(draft):
                    run(make_new(version, draft, root), isolated_env(root))
                return [options.cli, "export", "--force", draft, "-o", output]
            cli_kills(options, make)
        else:
            if not options.window_saver:
                parser.error("window needs --window-saver")
            window_kills(options)
    except Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
