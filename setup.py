"Package metadata comes from settings.ini (nbdev 2 layout)."
from configparser import ConfigParser
from pathlib import Path

import setuptools
from setuptools.command.build_py import build_py

here = Path(__file__).parent
config = ConfigParser(delimiters=['='])
config.read(here/'settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

for key in 'version description keywords author author_email license min_python lib_name user git_url'.split():
    assert key in cfg, f'settings.ini is missing the key `{key}`'

licenses = {'apache2': 'Apache-2.0', 'mit': 'MIT'} # SPDX expressions
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable', '6 - Mature', '7 - Inactive']
py_versions = '3.9 3.10 3.11 3.12 3.13'.split()
min_python = tuple(int(p) for p in cfg['min_python'].split('.'))
lic = licenses.get(cfg['license'].lower(), cfg['license'])

requirements = cfg.get('requirements', '').split()
dev_requirements = cfg.get('dev_requirements', '').split()
extras = {k[:-len('_requirements')]: v.split() for k, v in cfg.items() if k.endswith('_requirements') and k != 'dev_requirements'}
console_scripts = cfg.get('console_scripts', '').split()
shipped_files = cfg.get('shipped_files', '').split()

class BuildPy(build_py):
    "Also copy the shipped project files (settings.ini `shipped_files`) into `<lib_name>/_files/` of the build, so wheels carry them."
    def run(self):
        super().run()
        if getattr(self, 'editable_mode', False): return # editable installs read them from the repository
        for pattern in shipped_files:
            files = sorted(here.glob(pattern))
            assert files, f'settings.ini shipped_files: nothing matches `{pattern}`'
            for src in files:
                dst = Path(self.build_lib) / cfg['lib_name'] / '_files' / src.relative_to(here)
                self.mkpath(str(dst.parent))
                self.copy_file(str(src), str(dst))

setuptools.setup(
    name=cfg['lib_name'],
    version=cfg['version'],
    license=lic,
    classifiers=[f"Development Status :: {statuses[int(cfg['status'])]}",
                 f"Intended Audience :: {cfg['audience'].title()}",
                 'Natural Language :: ' + cfg['language'].title(),
                 'Topic :: Scientific/Engineering :: Image Processing',
                 'Topic :: Scientific/Engineering :: Artificial Intelligence']
                + [f'Programming Language :: Python :: {v}' for v in py_versions
                   if tuple(int(p) for p in v.split('.')) >= min_python],
    url=cfg['git_url'],
    packages=setuptools.find_packages(include=[cfg['lib_name'], cfg['lib_name'] + '.*']),
    include_package_data=True,
    package_data={cfg['lib_name']: ['assets/*']},
    install_requires=requirements,
    extras_require={'dev': dev_requirements, **extras}, # every <name>_requirements key of settings.ini is the extra <name>
    dependency_links=cfg.get('dep_links', '').split(),
    python_requires='>=' + cfg['min_python'],
    long_description=(here/'README.md').read_text(encoding='utf-8'),
    long_description_content_type='text/markdown',
    zip_safe=False,
    cmdclass={'build_py': BuildPy},
    entry_points={'console_scripts': console_scripts, 'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
    author=cfg['author'], author_email=cfg['author_email'],
    description=cfg['description'], keywords=cfg['keywords'])
