package com.taoshu.catalog.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.taoshu.catalog.BookView;

/**
 * One search result: the title as everywhere else ({@link BookView}, its fields at the top level of the JSON) plus
 * why it matched and the title/author with the matched part in {@code <em>…</em>} (the rest HTML-escaped).
 */
public record BookHit(@JsonUnwrapped BookView book, SearchMatch match, String titleHighlight, String authorHighlight) {
}
