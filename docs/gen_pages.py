"""Generate documentation pages that are derived from code (run before `mkdocs build`).

Pages generated here are written into docs/ and are not edited by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

from kommissorium.io import json_schema

DOCS = Path(__file__).resolve().parent


def main() -> None:
    (DOCS / "schema.json").write_text(
        json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
