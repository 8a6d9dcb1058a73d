#!/bin/bash
# Fresh clone -> `make app` -> the page shown in headless chromium (playwright, /usr/bin/chromium); prints timings.
# Usage: benchmarks/bench_clone_app.sh [PORT [REPO]]  (run from a checkout whose .venv has playwright; by hand)
port=${1:-8765}
export STREAMLIT_SERVER_PORT=$port
repo=${2:-$(git rev-parse --show-toplevel)}
py=${PYTHON:-$repo/.venv/bin/python}
d=$(mktemp -d /tmp/cloneapp.XXXX)
t0=$(date +%s.%N)
git clone -q "$repo" "$d"
cd "$d"
setsid make app APP_ADDRESS=127.0.0.1 > "$d.make.log" 2>&1 &
echo "clone at $d, make pid $!"
until curl -sf "http://127.0.0.1:$port/_stcore/health" >/dev/null 2>&1; do sleep 1; done
t1=$(date +%s.%N)
echo "health ok after $(echo "$t1 - $t0" | bc) s"
"$py" - "$port" "$d.png" <<'PY'
import sys, time
from playwright.sync_api import sync_playwright
port = sys.argv[1]
t = time.time()
with sync_playwright() as p:
    b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
    page = b.new_page()
    page.goto(f"http://127.0.0.1:{port}/", timeout=600_000)
    page.wait_for_selector("text=Maskscope", timeout=600_000)
    page.wait_for_timeout(3000)
    body = page.inner_text("body")
    print("page text:", body[:600].replace("\n", " | "))
    page.screenshot(path=sys.argv[2])
    b.close()
print(f"browser showed the page {time.time() - t:.1f} s after health")
PY
t2=$(date +%s.%N)
echo "page shown after $(echo "$t2 - $t0" | bc) s from clone"
echo "$d (stop it: kill -- -<make pid>)"
