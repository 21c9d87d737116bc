"""Scrapy peer for the crawl benchmark: the same loopback site, 16 concurrent requests,
retries on, no delay, robots.txt off, following the same list and question links as
`qa-harvest crawl --include`, parsing every question page (question, answer paragraphs,
related items) with Scrapy's selectors and writing the items to a JSON Lines feed.

Usage: python3 scrapy_spider.py <start-url> <max-pages> <feed.jsonl>
Prints one line: RESULT {"pages": ..., "items": ..., "wall_s": ..., "cpu_s": ...}
"""
import json
import resource
import sys
import time
from urllib.parse import urlparse

from scrapy import Spider
from scrapy.crawler import CrawlerProcess
from scrapy.linkextractors import LinkExtractor
from scrapy.http import HtmlResponse

INCLUDE = r"/(?:ask|askmip|wenda|copy)/|/dise/asklist/"


def text(sel):
    return " ".join(t.strip() for t in sel.xpath(".//text()").getall() if t.strip())


class QaSpider(Spider):
    name = "qa"
    links = LinkExtractor(allow=INCLUDE)
    pages = 0
    items = 0

    def __init__(self, start, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start]
        # Like qa-harvest, stay on the start URL's host (the mobile pages link to m.youlai.cn).
        self.allowed_domains = [urlparse(start).hostname]

    def parse(self, response):
        QaSpider.pages += 1
        if not isinstance(response, HtmlResponse):
            # Text copies: question on the first line, the rest is the answer and the related list.
            lines = [l for l in response.text.splitlines() if l.strip()]
            if lines:
                QaSpider.items += 1
                yield {"url": response.url, "question": lines[0], "answer": "\n".join(lines[1:])}
            return
        for link in self.links.extract_links(response):
            yield response.follow(link.url, callback=self.parse)
        question = response.css("dl > dt > h3::text, .view > h1::text, h1.qa-title::text").get()
        if not question:
            return
        answer = [text(p) for p in response.css("div.docYes p, #js-content p, section.qa-answer p")]
        doctor = text(response.css("div.doc_left h5, .doc_info h5, div.expert")[:1]) if response.css("div.doc_left h5, .doc_info h5, div.expert") else None
        QaSpider.items += 1
        yield {"url": response.url, "question": question.strip(), "answer": answer, "doctor": doctor, "origin": "page"}
        for li in response.css(".recommend li"):
            QaSpider.items += 1
            yield {
                "question": text(li.css("h3, h4")[:1]),
                "answer": text(li.css("p.txt")),
                "label": text(li.css("div.voice")),
                "origin": "related",
            }
        for dt in response.css("dl.rel-list > dt"):
            QaSpider.items += 1
            yield {
                "question": text(dt),
                "answer": text(dt.xpath("following-sibling::dd[1]")),
                "label": text(dt.xpath("following-sibling::dd[2]")),
                "origin": "related",
            }


def main():
    start, max_pages, feed = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    process = CrawlerProcess(
        settings={
            "CONCURRENT_REQUESTS": 16,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
            "ROBOTSTXT_OBEY": False,
            "RETRY_ENABLED": True,
            "RETRY_TIMES": 3,
            "CLOSESPIDER_PAGECOUNT": max_pages,
            "LOG_LEVEL": "WARNING",
            "TELNETCONSOLE_ENABLED": False,
            "FEEDS": {feed: {"format": "jsonlines", "encoding": "utf8"}},
        }
    )
    process.crawl(QaSpider, start=start)
    t0 = time.perf_counter()
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    process.start()
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    print("RESULT " + json.dumps({"pages": QaSpider.pages, "items": QaSpider.items, "wall_s": wall, "cpu_s": cpu, "max_rss_mb": r1.ru_maxrss / 1024}))


if __name__ == "__main__":
    main()
