"""A local HTTP server with feed and article fixtures, including slow, failing and malformed ones."""
from __future__ import annotations

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = """<html><head><title>حموشي يستقبل نظيره البلجيكي</title></head><body><nav>الرئيسية | اتصل بنا</nav>
<article><h1>حموشي يستقبل نظيره البلجيكي</h1>
<p>استقبل المدير العام للأمن الوطني ومراقبة التراب الوطني عبد اللطيف حموشي، يوم 12 مارس 2024 بالرباط،
المفوض العام للشرطة الفيدرالية البلجيكية، في إطار زيارة عمل يقوم بها إلى المملكة.</p>
<p>وتناولت المباحثات سبل تعزيز التعاون الثنائي في مجال مكافحة الإرهاب والجريمة المنظمة العابرة للحدود.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""
SECOND = ARTICLE.replace("البلجيكي", "الهولندي").replace("البلجيكية", "الهولندية").replace("12 مارس", "5 مارس")


class FixtureServer:
    def __init__(self, flaky_failures: int = 2, slow_seconds: float = 3.0):
        self.hits: dict[str, int] = {}
        self.flaky_failures, self.slow_seconds = flaky_failures, slow_seconds
        fixture = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                fixture.hits[self.path] = fixture.hits.get(self.path, 0) + 1
                base = f"http://127.0.0.1:{fixture.port}"
                if self.path == "/feed.xml":
                    items = "".join(
                        f"<item><title>{n}</title><link>{base}/{n}</link><pubDate>Wed, "
                        f"13 Mar 2024 08:00:00 GMT</pubDate></item>"
                        for n in ("article-1", "flaky", "missing", "slow")
                    )
                    return self.reply(
                        200,
                        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
                        "application/rss+xml",
                    )
                if self.path == "/atom.xml":
                    return self.reply(
                        200,
                        f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>'
                        f'<link href="{base}/article-2"/><published>2024-04-04T10:00:00Z</published></entry></feed>',
                        "application/atom+xml",
                    )
                if self.path == "/broken.xml":
                    return self.reply(200, '<?xml version="1.0"?><rss><channel><item><link>oops', "application/rss+xml")
                if self.path == "/article-1":
                    if self.headers.get("If-None-Match") == '"v1"':
                        return self.reply(304, "", "text/html")
                    return self.reply(200, ARTICLE, "text/html; charset=utf-8", etag='"v1"')
                if self.path == "/article-2":
                    return self.reply(200, SECOND, "text/html; charset=utf-8")
                if self.path == "/flaky":
                    if fixture.hits[self.path] <= fixture.flaky_failures:
                        return self.reply(503, "busy", "text/plain")
                    return self.reply(200, SECOND, "text/html; charset=utf-8")
                if self.path == "/slow":
                    time.sleep(fixture.slow_seconds)
                    return self.reply(200, ARTICLE, "text/html; charset=utf-8")
                return self.reply(404, "not found", "text/plain")

            def reply(self, status, body, content_type, etag=None):
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                if etag:
                    self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if status != 304:
                    # The client may give up first (the slow page's time-out): expected.
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                        self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> FixtureServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
