package com.taoshu.news.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Librarians' news HTML made safe to show in the mini-program and the admin UI: jsoup's relaxed {@link Safelist}
 * (text formatting, headings, lists, tables, links and http(s) images) — scripts, styles, iframes, event handlers
 * ({@code onclick}…) and {@code javascript:} links are dropped. Applied on every save, so stored HTML is always clean.
 */
public final class NewsHtml {

    private static final Safelist SAFE = Safelist.relaxed();

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private NewsHtml() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : Jsoup.clean(html, "", SAFE, OUTPUT).strip();
    }

    /** Whether anything readable (text or an image) is left. */
    public static boolean hasContent(String cleanHtml) {
        Document doc = Jsoup.parseBodyFragment(cleanHtml);
        return !doc.text().isBlank() || !doc.select("img").isEmpty();
    }
}
