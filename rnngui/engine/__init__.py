"""The NumPy engine of RNN Lab: the lesson's RNN and the chapter's LSTM behind one cell seam.

It never imports Qt (tests/engine/test_no_qt.py keeps it so).
"""

from .cells import CELLS, Cell, cell, cell_of
from .diagnose import Diagnosis, RunContext, diagnose, fmt
from .lstm import CHAPTER_PARAMS, LSTMParams
from .rnn import (
    ACTIVATIONS,
    LESSON_PARAMS,
    PARAM_NAMES,
    ForwardTrace,
    RNNParams,
    forward,
    input_sensitivity,
    loss_and_grads,
    predict,
    random_params,
    w2_share_of_gradient,
)
from .train import Hyper, StepRecord, TrainConfig, TrainEnd, run_to_end, train

__all__ = [
    "ACTIVATIONS",
    "CELLS",
    "CHAPTER_PARAMS",
    "LESSON_PARAMS",
    "PARAM_NAMES",
    "Cell",
    "Diagnosis",
    "RunContext",
    "ForwardTrace",
    "Hyper",
    "LSTMParams",
    "RNNParams",
    "StepRecord",
    "TrainConfig",
    "TrainEnd",
    "cell",
    "cell_of",
    "diagnose",
    "fmt",
    "forward",
    "input_sensitivity",
    "loss_and_grads",
    "predict",
    "random_params",
    "run_to_end",
    "train",
    "w2_share_of_gradient",
]
