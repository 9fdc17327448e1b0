"""Hashes of DAPS library calls with ONE generator (or torch's global one): run before and after a change to prove the draws are unchanged.

    OMP_NUM_THREADS=1 python .ci/draw_hashes.py > before.json;  ... change ...;  OMP_NUM_THREADS=1 python .ci/draw_hashes.py | diff before.json -
"""
import hashlib, json, sys
import torch
torch.set_num_threads(1)
from daps_nb.daps import DAPS, mcmc
from daps_nb.operators import randn_like, DownSampling
from daps_nb.runtime import NoiseBuffer, NoiseAhead
from daps_nb.embedded import embedded_operator, demo_digits
from daps_nb.tasks import EMBEDDED_TASKS
from daps_nb.prior import load_prior

def h(t): return hashlib.sha256(t.detach().contiguous().cpu().numpy().tobytes()).hexdigest()[:16]
out = {}
model, x = load_prior('mnist32ddpm'), demo_digits()[:3]
for task in EMBEDDED_TASKS:
    op = embedded_operator(task, seed=0)
    y = op.measure(x, generator=torch.Generator().manual_seed(1))
    out[f'measure/{task}'] = h(y)
    for algo in ('langevin', 'hmc', 'mh'):
        for ahead in (False, True):
            if algo == 'mh' and ahead: continue
            daps = DAPS({'num_steps': 3}, {'num_steps': 2}, {**EMBEDDED_TASKS[task]['lgvd_config'], 'num_steps': 4}, mc_algo=algo,
                        on_divergence='warn')
            s = daps.sample(model, (6, 1, 32, 32), op, y, num_runs=2, generator=torch.Generator().manual_seed(2), noise_ahead=ahead)
            out[f'sample/{task}/{algo}/ahead={ahead}'] = h(s)
    torch.manual_seed(5) # torch's global generator
    s = DAPS({'num_steps': 2}, {'num_steps': 2}, {'num_steps': 3, 'lr': 1e-5}).sample(model, (3, 1, 32, 32), op, y)
    out[f'sample/{task}/global'] = h(s)
g = torch.Generator().manual_seed(3)
z = torch.zeros(4, 3, 16, 16)
out['randn_like'] = h(randn_like(z, g))
out['NoiseBuffer'] = h(torch.stack([NoiseBuffer(z, g)() .clone() for _ in range(3)]))
with NoiseAhead(z, 5, g) as eps: out['NoiseAhead'] = h(torch.stack([eps().clone() for _ in range(5)]))
out['get_start'] = h(DAPS().get_start((4, 3, 8, 8), g))
op = DownSampling(16, 2)
for algo in ('langevin', 'hmc', 'mh'):
    out[f'mcmc/{algo}'] = h(mcmc(z, op, op(z), 1.0, 1e-4, 0.01, 7, algo, generator=torch.Generator().manual_seed(4)))
torch.manual_seed(6); out['mcmc/global'] = h(mcmc(z, op, op(z), 1.0, 1e-4, 0.01, 7))
out['generator_state_after'] = h(g.get_state())
json.dump(out, sys.stdout, indent=1); print()
