"""The NumPy RNN engine of RNN Lab. It never imports Qt (tests/engine/test_no_qt.py keeps it so)."""

from .diagnose import Diagnosis, diagnose, fmt
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
    "LESSON_PARAMS",
    "PARAM_NAMES",
    "Diagnosis",
    "ForwardTrace",
    "Hyper",
    "RNNParams",
    "StepRecord",
    "TrainConfig",
    "TrainEnd",
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
