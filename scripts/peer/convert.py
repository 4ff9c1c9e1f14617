#!/usr/bin/env python3
"""The Python peer: the converter a user would otherwise write with XlsxWriter.

Reads cell-per-line text exports of 部门预算 disclosures (the Hebei family: a title line, then
rows of TAB-prefixed cell lines separated by blank lines) and writes one workbook per file,
one sheet per table: the title merged over the table, the meta row, two-level headers with
their merges, codes as text, amounts as numbers in #,##0.00, 序号 as integers, notes beneath,
the 一级指标 groups of 绩效目标表 merged down, column widths from the text.

    convert.py OUTPUT_FOLDER INPUT.txt...
prints "N documents F failed wall W ms cpu C ms" (after the imports) and a line per failure

It is the peer of scripts/benchmark, timed on the same documents as budget2xlsx; it is not
a second implementation of budget2xlsx's rules (no catalog, no validation).
"""
import os
import re
import sys
import time

import xlsxwriter

AMOUNT = re.compile(r"^-?\d+\.\d+$")
INTEGER = re.compile(r"^\d{1,4}$")
CODE = re.compile(r"^\d{3,}$")


def decode(data):
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


def parse(text):
    """Tables as dicts: title, rows (lists of cell texts), notes."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    tables, table, row, last_was_cell, in_notes = [], None, None, False, False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if line.startswith("\t"):
            if table is None:
                table = {"title": "", "rows": [], "notes": []}
                tables.append(table)
            if row is None:
                row = []
                table["rows"].append(row)
            row.append(line[1:].strip())
            last_was_cell, in_notes = True, False
        elif stripped == "":
            row, last_was_cell = None, False
        elif last_was_cell and row:
            row[-1] += "\n" + stripped                    # a wrapped cell continues
        elif index + 1 < len(lines) and lines[index + 1].startswith("\t"):
            table = {"title": stripped, "rows": [], "notes": []}
            tables.append(table)
            row, in_notes = None, False
        elif table is not None and "绩效目标" in table["title"] and len(table["rows"]) == 1:
            table["rows"][0][-1] += "\n" + stripped         # more paragraphs of the 绩效目标 text
        elif table is not None and (stripped.startswith("注") or in_notes):
            table["notes"].append(stripped)
            in_notes = True
        else:
            table, in_notes = None, False
    return [shape(t) for t in tables if t["rows"]]


def shape(table):
    rows = table["rows"]
    meta = None
    if rows and any(("预算年度" in c or c.startswith("单位") or "截止时间" in c) for c in rows[0]):
        meta, rows = rows[0], rows[1:]
    columns = max((len(r) for r in rows), default=1)
    headers = 1
    for i, r in enumerate(rows[:5]):
        if r and r[0] == "栏次":
            headers = i
            break
    else:
        if "绩效目标" in table["title"] or (len(rows) > 1 and len(rows[0]) < columns):
            headers = 2
    headers = max(1, min(headers, len(rows)))
    body, pending = [], []
    for r in rows[headers:]:                      # rows broken by a trailing line break
        pending = pending + r
        if len(pending) >= columns:
            body.append(pending)
            pending = []
    if pending:
        body.append(pending)
    table.update(meta=meta, rows=rows[:headers] + body, columns=columns, headers=headers)
    return table


def header_merges(first, second, columns):
    """The flat two-level header: labels of row 1 listed once, an empty cell in row 2 under a
    label that spans both rows; a run of row-2 leaves belongs to one row-1 label."""
    placed, labels, column = [], list(first), 0
    while labels and column < columns:
        label = labels.pop(0)
        if column >= len(second) or second[column] == "":
            placed.append((label, column, column, True))
            column += 1
            continue
        end = column
        while end + 1 < columns and end + 1 < len(second) and second[end + 1] != "" and \
                columns - (end + 1) > len([l for l in labels]) - 0 and len(labels) < columns - end - 1:
            end += 1
        placed.append((label, column, end, False))
        column = end + 1
    return placed


def write(tables, path, source):
    workbook = xlsxwriter.Workbook(path)
    workbook.set_properties({"title": os.path.basename(source), "author": "peer"})
    base = {"font_name": "宋体", "font_size": 10, "border": 1, "valign": "vcenter"}
    title = workbook.add_format({"font_name": "宋体", "font_size": 18, "bold": True, "align": "center"})
    meta = workbook.add_format({"font_name": "宋体", "font_size": 10})
    header = workbook.add_format(dict(base, bold=True, align="center", text_wrap=True))
    text = workbook.add_format(dict(base, align="left", text_wrap=True, indent=1))
    code = workbook.add_format(dict(base, align="left", num_format="@"))
    amount = workbook.add_format(dict(base, align="right", num_format="#,##0.00"))
    integer = workbook.add_format(dict(base, align="center", num_format="0"))
    note = workbook.add_format({"font_name": "宋体", "font_size": 10, "text_wrap": True})
    names = set()
    for table in tables:
        name = re.sub(r"[\[\]:*?/\\]", "", table["title"] or "表")[:28] or "表"
        unique, n = name, 1
        while unique.lower() in names:
            n += 1
            unique = f"{name[:27]}{n}"
        names.add(unique.lower())
        sheet = workbook.add_worksheet(unique)
        columns, rows = table["columns"], table["rows"]
        if columns > 1:
            sheet.merge_range(0, 0, 0, columns - 1, table["title"], title)
        else:
            sheet.write_string(0, 0, table["title"], title)
        r = 1
        if table["meta"]:
            for c, value in enumerate(table["meta"][:columns]):
                sheet.write_string(r, c, value, meta)
            r += 1
        widths = [8] * columns
        headers = rows[:table["headers"]]
        body = rows[table["headers"]:]
        if "绩效目标" in table["title"] and len(headers[0]) == 2 and columns > 2:
            sheet.write_string(r, 0, headers[0][0], header)
            sheet.merge_range(r, 1, r, columns - 1, headers[0][1], text)
            for c, value in enumerate(headers[1]):
                sheet.write_string(r + 1, c, value, header)
            r += 2
        elif len(headers) == 2 and len(headers[0]) < columns:
            for label, first, last, down in header_merges(headers[0], headers[1], columns):
                if down:
                    sheet.merge_range(r, first, r + 1, first, label, header)
                elif last > first:
                    sheet.merge_range(r, first, r, last, label, header)
                else:
                    sheet.write_string(r, first, label, header)
            for c, value in enumerate(headers[1]):
                if value:
                    sheet.write_string(r + 1, c, value, header)
            r += 2
        else:
            for h in headers:
                for c, value in enumerate(h):
                    sheet.write_string(r, c, value, header)
                r += 1
        group_start = None
        first_body = r
        for row in body:
            for c, value in enumerate(row[:columns]):
                if AMOUNT.match(value):
                    sheet.write_number(r, c, float(value), amount)
                elif c == 0 and INTEGER.match(value):
                    sheet.write_number(r, c, int(value), integer)
                elif CODE.match(value):
                    sheet.write_string(r, c, value, code)
                elif value:
                    sheet.write_string(r, c, value, text)
                else:
                    sheet.write_blank(r, c, None, text)
                widths[c] = max(widths[c], min(60, len(value.encode("gbk", "replace")) + 2))
            # 绩效目标表: an empty 一级指标 continues the group above it.
            if "绩效目标" in table["title"] and columns == 6 and len(row) == 6:
                if row[0] == "" and group_start is not None and r > first_body:
                    pass
                else:
                    if group_start is not None and r - 1 > group_start:
                        sheet.merge_range(group_start, 0, r - 1, 0, body[group_start - first_body][0], text)
                    group_start = r
            r += 1
        if group_start is not None and r - 1 > group_start:
            sheet.merge_range(group_start, 0, r - 1, 0, body[group_start - first_body][0], text)
        for note_text in table["notes"]:
            if columns > 1:
                sheet.merge_range(r, 0, r, columns - 1, note_text, note)
            else:
                sheet.write_string(r, 0, note_text, note)
            r += 1
        for c, width in enumerate(widths):
            sheet.set_column(c, c, width)
        sheet.set_paper(9)
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0, min(r - 1, 1 + len(headers)))
    workbook.close()


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: convert.py OUTPUT_FOLDER INPUT.txt...")
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    start, cpu, failures = time.perf_counter(), time.process_time(), 0
    for index, source in enumerate(sys.argv[2:]):
        try:
            with open(source, "rb") as f:
                tables = parse(decode(f.read()))
            if not tables:
                raise ValueError("no table")
            write(tables, os.path.join(folder, f"{index}.xlsx"), source)
        except Exception as error:  # one bad file must not stop the batch
            failures += 1
            print(f"failed: {source}: {error}", file=sys.stderr)
    print(f"{len(sys.argv) - 2} documents {failures} failed wall {(time.perf_counter() - start) * 1000:.1f} ms "
          f"cpu {(time.process_time() - cpu) * 1000:.1f} ms")
    sys.exit(1 if failures else 0)


main()
