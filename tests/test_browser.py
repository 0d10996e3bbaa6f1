"""The running dashboard in a real headless browser (Debian's chromium + chromedriver).

`streamlit run` serves the app over the sample build on a free port; selenium loads it,
waits for the charts, checks the numbers and the evidence against the warehouse and the
sample stories, clicks a point of the trade chart to drill down, and saves the screenshot
the README shows (docs/screenshots/dashboard.png).

chromium is installed by scripts/install_browser.sh (the set-up and CI scripts call it);
without it these tests skip and say so.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait
from support import REPO_ROOT
from test_dashboard import APP, sample_warehouse

from dashboard import queries, tables
from dashboard.formatting import PERIOD_KINDS, usd
from dashboard.warehouse import PublishedBuild
from orchestration.warehouse.publish import publish

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (CHROMIUM and CHROMEDRIVER),
        reason="chromium and chromedriver are not installed: run scripts/install_browser.sh",
    ),
]
SCREENSHOT = REPO_ROOT / "docs" / "screenshots" / "dashboard.png"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
WAIT_SECONDS = 90


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_healthy(url: str, server: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        assert server.poll() is None, f"streamlit exited: {server.stdout.read() if server.stdout else ''}"
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"the dashboard did not answer at {url} within {WAIT_SECONDS}s")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_warehouse(tmp_path_factory)


@pytest.fixture(scope="module")
def dashboard_url(warehouse: Path) -> Iterator[str]:
    """The README's start command on a free port, over the sample build."""
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(APP),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
            "--client.toolbarMode",
            "viewer",
        ],
        cwd=REPO_ROOT,
        env={**os.environ, "WAREHOUSE_PATH": str(warehouse)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, server)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait(browser: WebDriver) -> WebDriverWait:
    """A wait that also retries when Streamlit re-renders an element between finding and reading it."""
    return WebDriverWait(browser, WAIT_SECONDS, ignored_exceptions=(StaleElementReferenceException,))


def open_page(browser: WebDriver, url: str, charts: int) -> None:
    browser.get(url)
    wait(browser).until(
        lambda b: len(b.find_elements(By.CSS_SELECTOR, '[data-testid="stPlotlyChart"] .main-svg')) >= charts
    )
    wait_for_text(browser, "Where the number comes from")


def wait_for_text(browser: WebDriver, text: str) -> None:
    wait(browser).until(lambda b: text in b.find_element(By.TAG_NAME, "body").text)


def marked(browser: WebDriver) -> list[str]:
    """The figures marked in the evidence sentences on the page."""
    return [m.text for m in browser.find_elements(By.CSS_SELECTOR, "blockquote mark")]


def wait_for_mark(browser: WebDriver, figure: str) -> None:
    """Until `figure` is marked in an evidence sentence."""
    wait(browser).until(lambda b: figure in marked(b))


def save_full_page(browser: WebDriver, path: Path) -> None:
    """Grow the window to the page's height (Streamlit scrolls inside its main block), then shoot."""
    height = browser.execute_script(
        "const main = document.querySelector('[data-testid=\"stMain\"]') || document.body;"
        "return Math.max(main.scrollHeight, document.body.scrollHeight);"
    )
    browser.set_window_size(1400, min(int(height) + 40, 8000))
    time.sleep(2)  # charts re-layout to the new size
    path.parent.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(path))


def test_the_dashboard_renders_charts_numbers_and_evidence(
    browser: WebDriver, dashboard_url: str, warehouse: Path
):
    read = PublishedBuild(warehouse).read
    country = queries.countries(read)["country_iso3"].iloc[0]
    partner = queries.partners(read, country)["country_iso3"].iloc[0]
    figures = tables.with_periods(queries.pair_figures(read, country, partner))
    kind = next(k for k in PERIOD_KINDS if k in set(figures["kind"]))
    shown = figures[(figures["kind"] == kind) & figures["product"].isna()]
    chosen = tables.default_figure(figures, shown)
    mentions = queries.figure_evidence(read, chosen)

    open_page(browser, dashboard_url, charts=3)  # trade over time, engagements timeline, who met whom
    body = browser.find_element(By.TAG_NAME, "body").text
    for value in shown[shown["period_end"] == shown["period_end"].max()]["value_usd"]:
        assert usd(value) in body  # the latest period's figures, as the metrics state them
    sentence = mentions["evidence"].iloc[0]
    assert sentence[: mentions["mark_start"].iloc[0]].strip()[:40] in body
    figure_text = sentence[mentions["mark_start"].iloc[0] : mentions["mark_end"].iloc[0]]
    wait_for_mark(browser, figure_text)
    trade_chart = browser.find_elements(By.CSS_SELECTOR, '[data-testid="stPlotlyChart"]')[0]
    points = trade_chart.find_elements(By.CSS_SELECTOR, ".scatterlayer .trace:first-child path.point")
    assert len(points) == shown[shown["direction"] == "turnover"]["value_usd"].notna().sum()
    save_full_page(browser, SCREENSHOT)
    assert SCREENSHOT.stat().st_size > 50_000


def test_clicking_a_point_of_the_trade_chart_shows_where_it_comes_from(
    browser: WebDriver, dashboard_url: str
):
    browser.set_window_size(1400, 1000)
    open_page(browser, f"{dashboard_url}/?country=BRA&partner=CHN", charts=1)
    wait_for_text(browser, "Trade between Brazil and China")
    for number in ("$157.5 bn", "$104.3 bn", "$53.2 bn"):
        wait_for_text(browser, number)
    wait_for_mark(browser, "$157.5 billion")  # the newest turnover opens first

    trade_chart = browser.find_elements(By.CSS_SELECTOR, '[data-testid="stPlotlyChart"]')[0]
    traces = trade_chart.find_elements(By.CSS_SELECTOR, ".scatterlayer .trace")
    exports_point = traces[1].find_element(By.CSS_SELECTOR, "path.point")  # turnover, exports, imports
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", exports_point)
    ActionChains(browser).move_to_element(exports_point).pause(0.5).click().perform()
    wait_for_mark(browser, "$104.3 billion")
    wait_for_text(browser, "Mercado Wire · 2024-03-08")


def test_a_new_publish_appears_without_reloading_the_page(
    browser: WebDriver, dashboard_url: str, warehouse: Path
):
    """The page's publish watcher reruns it by itself: no reload, no restart."""
    browser.set_window_size(1400, 1000)
    open_page(browser, dashboard_url, charts=1)
    before = queries.build_info(PublishedBuild(warehouse).read).build_id
    wait_for_text(browser, before)
    result = publish(warehouse.parent / ".work" / warehouse.name, warehouse)  # same facts, a new build
    wait_for_text(browser, result.build_id)
    assert before not in browser.find_element(By.TAG_NAME, "body").text
