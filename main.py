"""RNN Lab: double-click or `python main.py [FILE]`."""

from rnngui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
