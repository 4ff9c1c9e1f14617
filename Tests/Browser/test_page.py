#!/usr/bin/env python3
"""The `budget2xlsx serve` page in a real headless Chromium, driven by selenium.

Uploads the sample through the plain file input, waits for the workbook link, checks the
情况说明 finding and a preview with merged cells, downloads the workbook and checks it is the
workbook `convert` writes; then uploads a binary file and expects an error naming it, and
converts the sample once more to show the server kept serving. Started by scripts/browser-test.
"""
import argparse
import os
import sys
import tempfile
import time
import zipfile

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

WAIT = 180  # seconds; a cap for a slow shared machine, not a timing assertion


def browser(downloads, width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--lang=zh-CN", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": downloads,
        "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
    })
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def choose(driver, path):
    field = driver.find_element(By.ID, "files")
    field.send_keys(path)


def wait_for_download(folder, name):
    path = os.path.join(folder, name)
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if os.path.exists(path) and not any(f.endswith(".crdownload") for f in os.listdir(folder)):
            return path
        time.sleep(0.2)
    raise AssertionError(f"{name} was not downloaded into {folder}: {os.listdir(folder)}")


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print("ok:", message)


def sheet_names(xlsx):
    import re
    with zipfile.ZipFile(xlsx) as archive:
        check(archive.testzip() is None, f"{os.path.basename(xlsx)} is a sound zip")
        workbook = archive.read("xl/workbook.xml").decode("utf-8")
    return re.findall(r'<sheet name="([^"]+)"', workbook)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--sample", required=True)
    parser.add_argument("--expected", required=True, help="the workbook `convert` wrote for the sample")
    parser.add_argument("--downloads", required=True)
    parser.add_argument("--screenshot", help="save a picture of the page after the sample is converted")
    args = parser.parse_args()
    os.makedirs(args.downloads, exist_ok=True)
    workbook_name = os.path.splitext(os.path.basename(args.sample))[0] + ".xlsx"

    driver = browser(args.downloads, 1280, 1500)
    wait = WebDriverWait(driver, WAIT)
    try:
        driver.get(args.url)
        check("部门预算" in driver.find_element(By.TAG_NAME, "h1").text, "the page opens in Chinese")
        check(driver.find_element(By.ID, "files").get_attribute("multiple") is not None, "a plain multiple file input")

        choose(driver, os.path.abspath(args.sample))
        link = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, "a.workbook")))
        check(workbook_name in link.text, f"the workbook link names {workbook_name}")
        rows = driver.find_elements(By.CSS_SELECTOR, "tr.finding")
        check(any("15385.49" in r.text and "15415.77" in r.text for r in rows), "the 情况说明 finding 15385.49 / 15415.77 shows")
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".preview .grid td[colspan]")))
        check(len(driver.find_elements(By.CSS_SELECTOR, ".preview details.sheet")) > 5, "a preview of every sheet, with merges")
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#downloads:not([hidden]) a")))
        names = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#downloadlinks a")]
        check(any("zip" in n for n in names) and "校验报告.xlsx" in names and "汇总.xlsx" in names,
              f"downloads offered: {names}")

        if args.screenshot:
            finding = rows[0]
            finding.click()  # highlights the figure in the preview
            driver.execute_script("window.scrollTo(0, 0)")
            time.sleep(0.5)
            driver.save_screenshot(args.screenshot)
            print("screenshot:", args.screenshot)

        link.click()
        downloaded = wait_for_download(args.downloads, workbook_name)
        with open(downloaded, "rb") as got, open(args.expected, "rb") as want:
            check(got.read() == want.read(), "the downloaded workbook is byte for byte the one convert writes")
        names_in_workbook = sheet_names(downloaded)
        check(len(names_in_workbook) > 5 and names_in_workbook == sheet_names(args.expected),
              f"its sheets: {', '.join(names_in_workbook)}")

        driver.find_element(By.ID, "lang").click()
        check("Budget" in driver.find_element(By.TAG_NAME, "h1").text, "the English switch works")
        driver.find_element(By.ID, "lang").click()

        with tempfile.TemporaryDirectory() as folder:
            binary = os.path.join(folder, "scan-binary.txt")
            with open(binary, "wb") as handle:
                handle.write(bytes(range(256)) * 64)
            choose(driver, binary)
            error = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "p.docerror")))
            check("scan-binary.txt" in error.text and "二进制" in error.text, f"a binary file shows an error naming it: {error.text!r}")

        choose(driver, os.path.abspath(args.sample))
        wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, "a.workbook")))
        check(True, "the next upload still converts")
    except (AssertionError, TimeoutException) as failure:
        print("FAILED:", failure, file=sys.stderr)
        failed = os.path.join(args.downloads, "failure.png")
        driver.save_screenshot(failed)
        print("page at failure:", failed, file=sys.stderr)
        return 1
    finally:
        driver.quit()
    print("browser test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
