"""Reference fail-closed checker for a sealed packet (canonical copy; mirrors reference it)."""
import hashlib
import json
import pathlib
import sys


def check(packet: pathlib.Path) -> list[str]:
    seal = json.loads((packet / "seal.json").read_bytes())
    problems = []
    for entry in seal["files"]:
        data = (packet / entry["path"]).read_bytes()
        if len(data) != entry["bytes"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            problems.append(f"{entry['path']}: drifted")
    return problems


if __name__ == "__main__":
    found = check(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "."))
    print("\n".join(found) or "PASS")
    sys.exit(1 if found else 0)
