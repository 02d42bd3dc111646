"""Reads an Amends folder report (HTML) with Python's own HTML parser and prints what a
reader sees as JSON: the summary figures, the chart's bars, the table's rows, the findings
listed per letter, and every tag and attribute that could load or run something.

Usage: parse_report.py REPORT.html
"""

import json
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class ReportParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.out = {
            "title": "", "h1": "", "folder": "", "time": None, "cards": {}, "bars": [],
            "headers": [], "rows": [], "articles": [], "tags": {}, "src": [], "href": [], "event_handlers": [], "style": "",
        }

    # --- structure -------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.out["tags"][tag] = self.out["tags"].get(tag, 0) + 1
        for name, value in attrs.items():
            if name == "src":
                self.out["src"].append(value)
            if name in ("href", "xlink:href"):
                self.out["href"].append(value)
            if name.startswith("on"):
                self.out["event_handlers"].append(name)
        self.opened(tag, attrs)
        if tag not in VOID:
            self.stack.append({"tag": tag, "attrs": attrs, "text": []})

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if not any(entry["tag"] == tag for entry in self.stack):
            return
        while self.stack:
            entry = self.stack.pop()
            self.closed(entry, "".join(entry["text"]).strip())
            if entry["tag"] == tag:
                break

    def handle_data(self, data):
        for entry in self.stack:
            entry["text"].append(data)

    # --- meaning ---------------------------------------------------------------
    @staticmethod
    def classes(attrs):
        return (attrs.get("class") or "").split()

    def within(self, tag, cls=None):
        return any(e["tag"] == tag and (cls is None or cls in self.classes(e["attrs"])) for e in self.stack)

    def opened(self, tag, attrs):
        cls = self.classes(attrs)
        if tag == "tr" and "letter" in cls:
            self.out["rows"].append({"score": int(attrs.get("data-score", -1)), "band": attrs.get("data-band"),
                                     "categories": {}, "missing": [], "missing_text": [], "link": None})
        elif tag == "g" and "bar" in cls:
            self.out["bars"].append({"category": attrs.get("data-category"), "segments": {}})
        elif tag == "rect" and "data-count" in attrs and self.out["bars"]:
            self.out["bars"][-1]["segments"][cls[0]] = int(attrs["data-count"])
        elif tag == "div" and "card" in cls:
            self.out["cards"][attrs.get("data-key")] = {}
        elif tag == "article":
            self.out["articles"].append({"id": attrs.get("id"), "findings": []})
        elif tag == "a" and "name" in cls and self.within("tr", "letter"):
            self.out["rows"][-1]["link"] = attrs.get("href")
        elif tag == "time":
            self.out["time"] = attrs.get("datetime")

    def closed(self, entry, text):
        tag, attrs = entry["tag"], entry["attrs"]
        cls = self.classes(attrs)
        row = self.out["rows"][-1] if self.out["rows"] and self.within("tr", "letter") else None
        if tag == "title" and self.within("head"):
            self.out["title"] = text
        elif tag == "style":
            self.out["style"] += text
        elif tag == "h1":
            self.out["h1"] = text
        elif tag == "code" and "folder" in cls:
            self.out["folder"] = text
        elif tag == "div" and self.within("div", "card") and ("value" in cls or "label" in cls or "note" in cls):
            card = list(self.out["cards"].values())[-1]
            card[cls[0]] = text
        elif tag == "text" and self.out["bars"] and ("label" in cls or "count" in cls):
            self.out["bars"][-1][cls[0]] = int(text) if "count" in cls else text
        elif tag == "th" and self.within("table", "letters"):
            self.out["headers"].append({"text": text, "category": attrs.get("data-category")})
        elif row is not None:
            self.closed_in_row(row, tag, attrs, cls, text)
        elif self.out["articles"] and self.within("article"):
            article = self.out["articles"][-1]
            if "name" in cls:
                article["file"] = text
            elif tag == "li" and self.within("ul", "findings"):
                article["findings"].append({"severity": (attrs.get("class") or "").replace("sev-", ""), "text": text})

    def closed_in_row(self, row, tag, attrs, cls, text):
        if "name" in cls:
            row["file"] = text
        elif tag == "span" and "status" in cls:
            row["status"] = attrs.get("data-status")
            row["status_text"] = text
        elif tag == "span" and "chip" in cls:
            row["missing"].append(attrs.get("data-section"))
            row["missing_text"].append(text)
        elif tag == "td" and "count" in cls:
            row["categories"][attrs.get("data-category")] = int(text) if text else 0
        elif tag == "td" and "errors" in cls:
            row["errors"] = int(text)
        elif tag == "td" and "score" in cls:
            row["score_text"] = text


def main():
    with open(sys.argv[1], encoding="utf-8") as report:
        parser = ReportParser()
        parser.feed(report.read())
        parser.close()
    json.dump(parser.out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
