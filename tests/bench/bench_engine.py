"""Engine speed against PyTorch doing the same forward + backward (run by hand, not by CI).

    pip install torch==2.13.0
    python tests/bench/bench_engine.py

PyTorch's side is nn.RNN (ReLU, hidden size 1) + nn.Linear, float64, one thread; both compute the
SSR of the last outputs and its gradient for all five parameters. Prints calls per second and
ratios (rounds taken in turn, so a busy machine slows both sides alike), and train's steps/s.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rnngui.engine import RNNParams, TrainConfig, loss_and_grads, train  # noqa: E402
from rnngui.engine.rnn import prepare, ssr_and_grads_raw  # noqa: E402

STATLAND = ([[0, 0], [0, 0.5], [1, 0.5], [1, 1]], [0.0, 1.0, 0.0, 1.0])
PARAMS = RNNParams(w1=1.8, w2=-0.5, b1=0.0, w3=1.1, b2=0.0)


def long_data(n: int = 50) -> tuple[list[list[float]], list[float]]:
    rng = random.Random(7)
    return [[rng.random() for _ in range(n)] for _ in range(4)], [rng.random() for _ in range(4)]


def rates(fns, seconds: float = 3.0, rounds: int = 9) -> list[float]:
    """Calls per second of each function, best of ``rounds`` short rounds taken in turn.

    Taking the rounds in turn (ours, torch, ours, torch, ...) lets a busy machine slow both sides
    alike, so the ratio is steadier than either figure alone.
    """
    best = [0.0] * len(fns)
    for _ in range(rounds):
        for k, fn in enumerate(fns):
            n, t0 = 0, time.perf_counter()
            while time.perf_counter() - t0 < seconds / rounds / len(fns):
                for _ in range(10):
                    fn()
                n += 10
            best[k] = max(best[k], n / (time.perf_counter() - t0))
    return best


def torch_case(seqs, targets):
    import torch

    torch.set_num_threads(1)
    rnn = torch.nn.RNN(1, 1, nonlinearity="relu", batch_first=True, bias=True).double()
    lin = torch.nn.Linear(1, 1).double()
    with torch.no_grad():
        rnn.weight_ih_l0.fill_(PARAMS.w1)
        rnn.weight_hh_l0.fill_(PARAMS.w2)
        rnn.bias_ih_l0.fill_(PARAMS.b1)
        rnn.bias_hh_l0.zero_()
        lin.weight.fill_(PARAMS.w3)
        lin.bias.fill_(PARAMS.b2)
    x = torch.tensor(seqs, dtype=torch.float64).unsqueeze(-1)
    y = torch.tensor(targets, dtype=torch.float64)
    params = list(rnn.parameters()) + list(lin.parameters())

    def step():
        for p in params:
            p.grad = None
        out, _ = rnn(x)
        pred = lin(out[:, -1, :]).squeeze(-1)
        loss = ((y - pred) ** 2).sum()
        loss.backward()
        return loss

    return step


def train_rate(seqs, targets, steps: int = 5000) -> float:
    """Gradient-descent steps per second of ``train`` (the GUI's worker drives exactly this)."""
    best = 0.0
    for _ in range(3):
        config = TrainConfig(learning_rate=0.05, max_steps=steps)
        t0 = time.perf_counter()
        n = sum(1 for _ in train(PARAMS, seqs, targets, config))
        best = max(best, n / (time.perf_counter() - t0))
    return best


def main() -> None:
    for name, (seqs, targets) in (("StatLand 4x2", STATLAND), ("4 sequences of 50", long_data())):
        s, t = prepare(seqs, targets)
        fns = [
            lambda seqs=seqs, targets=targets: loss_and_grads(PARAMS, seqs, targets),
            lambda s=s, t=t: ssr_and_grads_raw(*PARAMS.as_tuple(), s, t, "relu"),
        ]
        try:
            fns.append(torch_case(seqs, targets))
        except ImportError:
            fns.append(None)
        public, raw, torch_rate = rates([f for f in fns if f is not None]) + [float("nan")] * (
            fns[-1] is None
        )
        print(
            f"{name:18s} loss_and_grads {public:10,.0f}/s  hot path {raw:10,.0f}/s  "
            f"torch {torch_rate:8,.0f}/s  ratio {public / torch_rate:5.1f}x (hot path "
            f"{raw / torch_rate:5.1f}x)"
        )
    print(f"train on StatLand   {train_rate(*STATLAND):10,.0f} steps/s")

if __name__ == "__main__":
    main()
