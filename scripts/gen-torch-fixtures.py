#!/usr/bin/env python3
"""Generate the PyTorch reference fixtures that the TypeScript engine is checked against.

usage:  /usr/bin/python3 scripts/gen-torch-fixtures.py [--shapes-only]
        (or `npm run fixtures`)

Writes
  tests/fixtures/torch/<case>.json   one file per case, format: /work/shared/spec/torch-fixtures.md
                                     kind "recurrent": one forward + backward of nn.RNN/LSTM/GRU
                                     kind "training":  the sine-wave lesson model, N optimizer steps
  tests/fixtures/torch-shapes.json   PyTorch's own output / h_n / c_n / parameter shapes for many
                                     constructor argument combinations (incl. the lecture examples)

Needs PyTorch (Debian: `apt-get install -y python3-torch`, torch 1.13, so use /usr/bin/python3).
CI never runs this; it only runs when someone regenerates the fixtures.

Why it is written the way it is:
  * Everything is float64 (`set_default_dtype`) because the engine runs in float64 and the
    parity tolerance (1e-9 abs + 1e-7 rel) is far below float32 noise.
  * Every case gets its own seed derived from its *name* (crc32), so adding or removing a case
    never changes the numbers of the other cases (clean diffs on regeneration).
  * One BLAS/OpenMP thread: parallel reductions may sum in a different order, which changes the
    last bits; single-threaded output is reproducible run to run on the same machine.
  * Floats are written with Python's `repr` (what `json.dump` does for floats from `.tolist()`),
    i.e. the shortest string that round-trips to the exact same float64.
"""
import argparse
import json
import math
import os
import sys
import zlib

import torch
from torch import nn

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE_DIR = os.path.join(ROOT, "tests", "fixtures", "torch")
SHAPES_PATH = os.path.join(ROOT, "tests", "fixtures", "torch-shapes.json")
GENERATED_BY = "scripts/gen-torch-fixtures.py"

MODES = ["RNN_TANH", "RNN_RELU", "LSTM", "GRU"]


# --------------------------------------------------------------------------------------------
# helpers


def case_seed(name):
    """Stable per-case seed: independent of case order and of Python's hash randomisation."""
    return zlib.crc32(name.encode("utf-8")) & 0x7FFFFFFF


def make_module(mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                dropout=0.0, bidirectional=False):
    """nn.RNN / nn.LSTM / nn.GRU from our mode string (the same strings PyTorch uses internally)."""
    kw = dict(input_size=input_size, hidden_size=hidden_size, num_layers=num_layers, bias=bias,
              batch_first=batch_first, dropout=dropout, bidirectional=bidirectional)
    if mode == "RNN_TANH":
        return nn.RNN(nonlinearity="tanh", **kw)
    if mode == "RNN_RELU":
        return nn.RNN(nonlinearity="relu", **kw)
    if mode == "LSTM":
        return nn.LSTM(**kw)
    if mode == "GRU":
        return nn.GRU(**kw)
    raise ValueError(mode)


def t2l(t):
    """Tensor -> nested lists of Python floats (float64, so `repr` is exact)."""
    return None if t is None else t.detach().to(torch.float64).tolist()


def write_json(path, obj):
    """One top-level key per line, values compact: small files, readable diffs, exact floats."""
    lines = [json.dumps(k) + ": " + json.dumps(v, separators=(",", ":"), allow_nan=False)
             for k, v in obj.items()]
    with open(path, "w") as f:
        f.write("{\n" + ",\n".join(lines) + "\n}\n")


# --------------------------------------------------------------------------------------------
# kind "recurrent"

# Sizes are small and chosen so that, within each case, the dimensions that share a tensor are
# all different (B, T, I, H, num_layers*D, D*H): a transposed or mis-indexed axis then changes
# a shape or a number instead of silently working. That is why l2_nobias_h0 uses batch 5
# (num_layers*D = 2 would otherwise equal batch 2).
RECURRENT_VARIANTS = [
    # suffix,           layers, bi,    bias,  batch_first, h0,    I, H, B, T
    ("l1_bf",           1,      False, True,  True,        False, 3, 5, 2, 4),
    ("l2_bi",           2,      True,  True,  True,        False, 3, 5, 2, 6),
    ("l2_nobias_h0",    2,      False, False, True,        True,  3, 4, 5, 6),
    ("l3_bi_tm_h0",     3,      True,  True,  False,       True,  3, 5, 2, 4),
    # long sequence: many steps of BPTT through one small layer (vanishing/exploding paths)
    ("long",            1,      False, True,  True,        False, 3, 4, 2, 64),
]


def recurrent_case(mode, variant):
    suffix, L, bi, bias, bf, with_h0, I, H, B, T = variant
    name = f"{mode.lower()}_{suffix}"
    torch.manual_seed(case_seed(name))
    D = 2 if bi else 1

    # Default PyTorch init: U(-1/sqrt(H), 1/sqrt(H)) for every weight and bias.
    mod = make_module(mode, I, H, L, bias=bias, batch_first=bf, dropout=0.0, bidirectional=bi)
    mod.train()  # dropout is 0, so train/eval do the same thing; train() = what a lesson runs

    x = torch.randn((B, T, I) if bf else (T, B, I), requires_grad=True)
    h0 = c0 = None
    if with_h0:
        # Scaled so the initial state matters but does not saturate tanh/sigmoid.
        h0 = (0.5 * torch.randn(L * D, B, H)).requires_grad_()
        if mode == "LSTM":
            c0 = (0.5 * torch.randn(L * D, B, H)).requires_grad_()

    if mode == "LSTM":
        out, (h_n, c_n) = mod(x, (h0, c0) if with_h0 else None)
    else:
        out, h_n = mod(x, h0)
        c_n = None

    # A random linear "loss" makes every output element's gradient different (a plain sum
    # would give all-ones upstream gradients, which hides transposition bugs).
    w_out = torch.randn_like(out)
    w_h = torch.randn_like(h_n)
    w_c = torch.randn_like(c_n) if c_n is not None else None
    loss = (out * w_out).sum() + (h_n * w_h).sum()
    if c_n is not None:
        loss = loss + (c_n * w_c).sum()
    loss.backward()

    grads = {"input": t2l(x.grad)}
    if h0 is not None:
        grads["h0"] = t2l(h0.grad)
    if c0 is not None:
        grads["c0"] = t2l(c0.grad)
    for pname, p in mod.named_parameters():
        grads[pname] = t2l(p.grad)

    return name, {
        "name": name,
        "kind": "recurrent",
        "mode": mode,
        "input_size": I, "hidden_size": H, "num_layers": L,
        "bias": bias, "batch_first": bf, "bidirectional": bi, "dropout": 0.0,
        "input": t2l(x),
        "h0": t2l(h0),
        "c0": t2l(c0),
        "params": {pname: t2l(p) for pname, p in mod.named_parameters()},
        "output": t2l(out),
        "h_n": t2l(h_n),
        "c_n": t2l(c_n),
        "loss_weights": {"output": t2l(w_out), "h_n": t2l(w_h), "c_n": t2l(w_c)},
        "loss": loss.item(),
        "grads": grads,
        "seed": case_seed(name),  # informational: not part of the comparison
    }


# --------------------------------------------------------------------------------------------
# kind "training"

N_POINTS = 100


class SineNet(nn.Module):
    """The lesson model: recurrent layer, then Linear on the last time step (lecture 000)."""

    def __init__(self, mode, hidden_size, num_layers):
        super().__init__()
        self.rnn = make_module(mode, 1, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1, :])


def make_batches(n_samples, batch_size, steps, drop_last):
    """Shuffled index lists, epoch after epoch, like DataLoader(shuffle=True).

    drop_last=True keeps only full batches (90 samples / 8 -> 11 per epoch), so every step has
    exactly batch_size samples. drop_last=False is DataLoader's default: each epoch ends with a
    short batch (90 % 8 = 2 samples), which checks that the engine's MSE divides by the actual
    batch length. Uses torch.randperm so the shuffle is seeded with everything else.
    """
    batches = []
    while len(batches) < steps:
        perm = torch.randperm(n_samples).tolist()
        for s in range(0, n_samples, batch_size):
            b = perm[s:s + batch_size]
            if drop_last and len(b) < batch_size:
                continue
            batches.append(b)
            if len(batches) == steps:
                break
    return batches


TRAINING_RUNS = [
    # name,                  mode,       H,  layers, optimizer, lr,   momentum, clip, steps, drop_last
    ("train_rnn_adam",       "RNN_TANH", 16, 2,      "adam",    0.01, 0.0,      None, 25,    True),
    ("train_lstm_sgd_clip",  "LSTM",     8,  2,      "sgd",     0.05, 0.9,      0.5,  25,    True),
    ("train_gru_adam_clip",  "GRU",      8,  1,      "adam",    0.01, 0.0,      1.0,  25,    True),
    # plain SGD, DataLoader-style epochs *with* the short last batch (steps 12 and 24 have 2 samples)
    ("train_rnn_sgd",        "RNN_TANH", 8,  1,      "sgd",     0.1,  0.0,      None, 24,    False),
]


def training_case(run):
    name, mode, H, L, opt_name, lr, momentum, clip, steps, drop_last = run
    torch.manual_seed(case_seed(name))
    n_time, batch_size = 10, 8

    # The lecture's data: noisy sine on 100 points. Stored in the file, so the engine does not
    # need to reproduce torch.randn.
    xs = torch.linspace(-2 * math.pi, 2 * math.pi, N_POINTS)
    series = torch.sin(xs) + 0.1 * torch.randn(N_POINTS)
    n = N_POINTS - n_time
    X = torch.stack([series[i:i + n_time] for i in range(n)]).reshape(n, n_time, 1)
    Y = series[n_time:].reshape(n, 1)  # (n,1): same shape as the prediction, no broadcasting

    model = SineNet(mode, H, L)
    init_params = {pname: t2l(p) for pname, p in model.named_parameters()}
    if opt_name == "adam":
        # PyTorch defaults otherwise: betas (0.9, 0.999), eps 1e-8, no weight decay, no amsgrad.
        opt = torch.optim.Adam(model.parameters(), lr=lr)
    else:
        # dampening 0, not Nesterov: buf = momentum*buf + g; p -= lr*buf. (PyTorch starts with
        # buf = g on the first step, which equals starting from buf = 0 when dampening is 0.)
        opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)

    batches = make_batches(n, batch_size, steps, drop_last)
    losses, grad_norms = [], []
    for idx in batches:
        it = torch.tensor(idx)
        opt.zero_grad(set_to_none=True)
        loss = nn.functional.mse_loss(model(X[it]), Y[it])
        loss.backward()
        # Total 2-norm over *all* parameters (rnn and fc) before clipping; informational.
        total = torch.norm(torch.stack([p.grad.norm(2) for p in model.parameters()]), 2)
        grad_norms.append(total.item())
        if clip is not None:
            # PyTorch scales by max_norm / (total_norm + 1e-6), clamped to <= 1.
            nn.utils.clip_grad_norm_(model.parameters(), clip)
        opt.step()
        losses.append(loss.item())

    return name, {
        "name": name,
        "kind": "training",
        "mode": mode,
        "hidden_size": H, "num_layers": L, "n_time": n_time, "batch_size": batch_size,
        "optimizer": opt_name, "lr": lr, "momentum": momentum,
        "clip_grad_norm": clip,
        "series": t2l(series),
        "batches": batches,
        "params": init_params,
        "losses": losses,
        # informational extras (not in the spec's required fields):
        "grad_norms": grad_norms,  # total grad norm before clipping, per step
        "final_params": {pname: t2l(p) for pname, p in model.named_parameters()},
        "seed": case_seed(name),
    }


# --------------------------------------------------------------------------------------------
# torch-shapes.json

def shape_cases():
    """(name, mode, args, (batch, seq)) rows; args are the module's constructor arguments."""
    rows = []

    def add(name, mode, I, H, L=1, bias=True, bf=True, dropout=0.0, bi=False, batch=2, seq=5):
        args = {
            "input_size": I, "hidden_size": H, "num_layers": L,
            "nonlinearity": {"RNN_TANH": "tanh", "RNN_RELU": "relu"}.get(mode),  # null: LSTM/GRU
            "bias": bias, "batch_first": bf, "dropout": dropout, "bidirectional": bi,
        }
        rows.append((name, mode, args, batch, seq))

    # Lecture 003: nn.RNN(128, 256, num_layers=3, tanh, batch_first, bidirectional), batch 4,
    # seq 6 -> output [4, 6, 512], h_n [6, 4, 256]. Same arguments for LSTM and GRU too.
    for mode in MODES:
        add(f"lecture003_birnn3_{mode.lower()}", mode, 128, 256, 3, bf=True, bi=True, batch=4, seq=6)
    # Lecture 001: input features 32, output (hidden) 64, batch 100 (no sequence length given
    # there; we use 10, the lesson's window length).
    for mode in MODES:
        add(f"lecture001_b100_i32_h64_{mode.lower()}", mode, 32, 64, 1, bf=True, batch=100, seq=10)
    # Lecture 000: the noisy-sine model nn.RNN(1, 64, 2, batch_first=True), batch 8, window 10.
    for mode in ["RNN_TANH", "LSTM", "GRU"]:
        add(f"lecture000_sine_{mode.lower()}", mode, 1, 64, 2, bf=True, batch=8, seq=10)
    # The fixture-style small configurations.
    add("small_rnn_relu_l2_nobias", "RNN_RELU", 3, 4, 2, bias=False, bf=True, batch=5, seq=6)
    add("small_lstm_l3_bi_timemajor", "LSTM", 3, 5, 3, bf=False, bi=True, batch=2, seq=4)
    add("small_gru_l2_bi", "GRU", 3, 5, 2, bf=True, bi=True, batch=2, seq=6)
    # Edge cases.
    add("edge_hidden1_rnn", "RNN_TANH", 3, 1, 1, batch=2, seq=5)
    add("edge_hidden1_lstm_bi", "LSTM", 2, 1, 2, bi=True, batch=3, seq=4)
    add("edge_hidden1_gru", "GRU", 1, 1, 1, batch=1, seq=1)
    add("edge_seq1_rnn_relu", "RNN_RELU", 4, 3, 1, batch=2, seq=1)
    add("edge_seq1_lstm_timemajor", "LSTM", 4, 3, 2, bf=False, batch=3, seq=1)
    add("edge_batch1_gru_bi", "GRU", 2, 3, 1, bi=True, batch=1, seq=7)
    add("edge_4layers_rnn", "RNN_TANH", 3, 6, 4, batch=2, seq=5)
    add("edge_4layers_lstm_bi_nobias", "LSTM", 3, 6, 4, bias=False, bi=True, batch=2, seq=5)
    add("edge_4layers_gru_timemajor", "GRU", 5, 2, 4, bf=False, batch=3, seq=2)
    # dropout only acts between layers; with the module in eval() it changes no shape.
    add("dropout_rnn_l2", "RNN_TANH", 3, 5, 2, dropout=0.5, batch=2, seq=4)
    add("dropout_lstm_l3_bi_timemajor", "LSTM", 3, 5, 3, bf=False, dropout=0.5, bi=True, batch=2, seq=4)
    add("dropout_gru_l2_nobias", "GRU", 3, 5, 2, bias=False, dropout=0.5, batch=2, seq=4)
    # Time-major vs batch-first with the same sizes: only input/output axes swap, h_n never does.
    add("layout_rnn_timemajor", "RNN_TANH", 1, 64, 2, bf=False, batch=8, seq=10)
    add("layout_rnn_relu_bi_batchfirst", "RNN_RELU", 7, 3, 1, bf=True, bi=True, batch=2, seq=9)
    add("layout_rnn_relu_bi_timemajor", "RNN_RELU", 7, 3, 1, bf=False, bi=True, batch=2, seq=9)
    return rows


def shapes_table():
    cases = []
    for name, mode, args, batch, seq in shape_cases():
        torch.manual_seed(0)
        kw = {k: v for k, v in args.items() if k != "nonlinearity"}
        mod = make_module(mode, **kw)
        mod.eval()  # dropout off; shapes are the same either way
        shape = [batch, seq, args["input_size"]] if args["batch_first"] else [seq, batch, args["input_size"]]
        with torch.no_grad():
            res = mod(torch.zeros(shape))
        out, hidden = res
        h_n, c_n = hidden if mode == "LSTM" else (hidden, None)
        cases.append({
            "name": name,
            "mode": mode,
            "args": args,
            "input_shape": shape,
            "output": list(out.shape),
            "h_n": list(h_n.shape),
            "c_n": list(c_n.shape) if c_n is not None else None,
            "params": {pname: list(p.shape) for pname, p in mod.named_parameters()},
            "param_count": sum(p.numel() for p in mod.parameters()),
        })
    # Self-check the lecture example the app quotes.
    lec = next(c for c in cases if c["name"] == "lecture003_birnn3_rnn_tanh")
    assert lec["output"] == [4, 6, 512] and lec["h_n"] == [6, 4, 256], lec
    return {
        "generated_by": GENERATED_BY,
        "torch_version": torch.__version__,
        "cases": cases,
    }


def write_shapes():
    table = shapes_table()
    with open(SHAPES_PATH, "w") as f:
        # one case per line: compact but diffable
        f.write("{\n")
        f.write(f'"generated_by": {json.dumps(table["generated_by"])},\n')
        f.write(f'"torch_version": {json.dumps(table["torch_version"])},\n')
        f.write('"cases": [\n')
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in table["cases"]))
        f.write("\n]\n}\n")
    print(f"wrote {os.path.relpath(SHAPES_PATH, ROOT)} ({len(table['cases'])} cases)")


# --------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shapes-only", action="store_true", help="only rewrite torch-shapes.json")
    a = ap.parse_args()

    torch.set_default_dtype(torch.float64)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)

    write_shapes()
    if a.shapes_only:
        return

    os.makedirs(FIXTURE_DIR, exist_ok=True)
    written = []
    for mode in MODES:
        for variant in RECURRENT_VARIANTS:
            written.append(recurrent_case(mode, variant))
    for run in TRAINING_RUNS:
        written.append(training_case(run))

    for name, obj in written:
        path = os.path.join(FIXTURE_DIR, name + ".json")
        write_json(path, obj)
    total = sum(os.path.getsize(os.path.join(FIXTURE_DIR, n + ".json")) for n, _ in written)
    print(f"wrote {len(written)} fixtures to {os.path.relpath(FIXTURE_DIR, ROOT)} "
          f"({total / 1024:.0f} KiB) with torch {torch.__version__}")


if __name__ == "__main__":
    sys.exit(main())
