"""LSTM engine speed against torch.nn.LSTM(1, 1) doing the same forward + backward (run by hand).

    pip install torch==2.13.0
    python tests/bench/bench_lstm.py

Both sides compute the SSR of the last short-term memory h (the LSTM's prediction) and its
gradient for all twelve parameters, in float64 on one thread, measured side by side in one run.
Cases: the chapter's Company A and B (4 days), and two sequences of 50 days. Prints calls per
second and ratios (the issue's goal: >= 30x on A and B, >= 20x on two sequences of 50 days).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rnngui.engine.lstm import (  # noqa: E402
    CHAPTER_PARAMS,
    COMPANIES,
    loss_and_grads,
    raw_ssr_and_grads,
)
from rnngui.engine.rnn import prepare  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_engine import rates  # noqa: E402 - one turn-taking timer for both benchmarks


def long_data(n: int = 50) -> tuple[list[list[float]], list[float]]:
    rng = random.Random(7)
    return [[rng.random() for _ in range(n)] for _ in range(2)], [0.0, 1.0]


def torch_case(seqs, targets):
    """nn.LSTM(1, 1) with our weights: torch's gate order is i, f, g, o; bias_hh is zero."""
    import torch

    torch.set_num_threads(1)
    lstm = torch.nn.LSTM(1, 1, batch_first=True).double()
    p = CHAPTER_PARAMS
    with torch.no_grad():
        lstm.weight_ih_l0.copy_(torch.tensor([[p.wpr2], [p.wlr2], [p.wp2], [p.wo2]], dtype=torch.float64))
        lstm.weight_hh_l0.copy_(torch.tensor([[p.wpr1], [p.wlr1], [p.wp1], [p.wo1]], dtype=torch.float64))
        lstm.bias_ih_l0.copy_(torch.tensor([p.bpr1, p.blr1, p.bp1, p.bo1], dtype=torch.float64))
        lstm.bias_hh_l0.zero_()
    x = torch.tensor(seqs, dtype=torch.float64).unsqueeze(-1)
    y = torch.tensor(targets, dtype=torch.float64)
    params = list(lstm.parameters())

    def step():
        for q in params:
            q.grad = None
        out, _ = lstm(x)
        loss = ((y - out[:, -1, 0]) ** 2).sum()
        loss.backward()
        return loss

    return step


def main() -> None:
    cases = (("Company A and B", [list(s) for s in COMPANIES[0]], list(COMPANIES[1])),
             ("2 sequences of 50", *long_data()))
    for name, seqs, targets in cases:
        s, t = prepare(seqs, targets)
        fns = [
            lambda seqs=seqs, targets=targets: loss_and_grads(CHAPTER_PARAMS, seqs, targets),
            lambda s=s, t=t: raw_ssr_and_grads(CHAPTER_PARAMS.as_tuple(), s, t),
        ]
        try:
            fns.append(torch_case(seqs, targets))
        except ImportError:
            fns.append(None)
        public, raw, torch_rate = rates([f for f in fns if f is not None]) + [float("nan")] * (
            fns[-1] is None
        )
        print(
            f"{name:18s} loss_and_grads {public:9,.0f}/s  hot path {raw:9,.0f}/s  "
            f"torch {torch_rate:7,.0f}/s  ratio {public / torch_rate:5.1f}x (hot path "
            f"{raw / torch_rate:5.1f}x)"
        )

if __name__ == "__main__":
    main()
