"""Run the notebooks and save them with their outputs, so that GitHub and Colab show every figure and table.

    python .ci/execute_notebooks.py                      # every notebook in nbs/ and nbs/tutorials/
    python .ci/execute_notebooks.py nbs/04_daps.ipynb    # only these
    python .ci/execute_notebooks.py --flags "slow"       # also run the cells tagged #| slow (they need downloads)

Cells run as `nbdev_test` runs them (in the notebook's folder, `#| slow` / `#| cuda` cells skipped unless flagged; a skipped
cell keeps the outputs it had). A notebook that fails is left as it was. Progress bars are dropped from the outputs, and the
saved notebooks are passed through `nbdev_clean`, so `.ci/run`'s cleanliness check holds.
"""
import argparse
import os
import sys
from pathlib import Path

from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory

SKIP_FLAGS = {'slow', 'cuda', 'notest'}
SETUP = "import matplotlib; matplotlib.rcParams['figure.dpi'] = 80; import torch; torch.set_num_threads(min(2, torch.get_num_threads()))"

def directives(source):
    "The `#| name` directives at the top of a cell."
    out = set()
    for line in source.splitlines():
        if not line.startswith('#|'): break
        out.update(line[2:].split()[:1])
    return out

def is_progress(output):
    "A progress bar (tqdm writes carriage returns to stderr, or a widget in a notebook)."
    if output.get('output_type') == 'stream':
        text = ''.join(output.get('text', ''))
        return output.get('name') == 'stderr' and ('\r' in text or '%|' in text)
    data = output.get('data', {})
    return 'application/vnd.jupyter.widget-view+json' in data and 'HBox(children=(' in ''.join(data.get('text/plain', ''))

def execute(path, flags):
    "Run the notebook at `path`; write it back with its outputs if every cell ran."
    nb = read_nb(path)
    skip = SKIP_FLAGS - set(flags)
    shell = CaptureShell(path, mpl_format='png') # 1x pixels: small notebooks
    shell.run(SETUP)
    def no_eval(cell):
        if cell.cell_type != 'code': return True
        if 'nbdev_export' + '(' in cell.source:
            cell.outputs = []
            return True
        if directives(cell.source) & skip: return True # a skipped cell keeps the outputs it had
        cell.outputs = [] # execnb only sets outputs when there are some: no stale ones
        return False
    def tidy(cell): cell.outputs = [o for o in cell.get('outputs', []) if not is_progress(o)]
    with working_directory(path.parent):
        try: shell.run_all(nb, exc_stop=True, preproc=no_eval, postproc=tidy)
        except Exception:
            sys.stderr.write(shell.prettytb(fname=path) + '\n')
            return False
    write_nb(nb, path)
    return True

def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('notebooks', nargs='*', help='notebooks to run (default: all)')
    p.add_argument('--flags', default='', help='space-separated cell flags to run too, e.g. "slow"')
    a = p.parse_args()
    root = Path(__file__).resolve().parents[1]
    paths = [Path(n).resolve() for n in a.notebooks] or sorted((root / 'nbs').glob('*.ipynb')) + sorted((root / 'nbs' / 'tutorials').glob('*.ipynb'))
    os.environ.setdefault('IN_TEST', '1')
    failed = []
    for path in paths:
        print(f'running {path.relative_to(root)}', flush=True)
        if not execute(path, a.flags.split()): failed.append(path)
    os.system(f'cd "{root}" && nbdev_clean')
    if failed: sys.exit(f"failed (left unchanged): {', '.join(str(f.relative_to(root)) for f in failed)}")

if __name__ == '__main__': main()
