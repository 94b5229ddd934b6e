package com.taoshu.catalog.search.internal;

import com.taoshu.catalog.Isbn;
import com.taoshu.catalog.search.SearchMatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader typed into one Lucene query: every way the text may match (ISBN, title, author, pinyin, …) is a
 * constant-score clause worth its {@link SearchMatch} tier, and a title scores the best tier it reaches
 * (dis-max, no tie-break), so ranking is by tier, never by term statistics.
 */
public final class BookQueries {

    /** Shortest pinyin/initials query tried ("h" alone would match a third of the catalog). */
    private static final int MIN_PINYIN_LETTERS = 2;

    private final QueryBuilder builder;

    public BookQueries(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    public record Filters(Long categoryId, Long branchId, boolean availableOnly) {
    }

    /** The reader's query with the filters; an empty query matches every title (new arrivals). */
    public Query build(String rawQuery, Filters filters) {
        String q = rawQuery == null ? "" : rawQuery.trim();
        Query text = q.isEmpty() ? new MatchAllDocsQuery() : text(q);
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (filters.categoryId() != null) {
            all.add(term(BookDocuments.CATEGORY, filters.categoryId().toString()), BooleanClause.Occur.FILTER);
        }
        if (filters.branchId() != null) {
            all.add(term(BookDocuments.BRANCH, filters.branchId().toString()), BooleanClause.Occur.FILTER);
        }
        if (filters.availableOnly()) {
            all.add(filters.branchId() != null
                    ? term(BookDocuments.AVAILABLE_AT, filters.branchId().toString())
                    : term(BookDocuments.AVAILABLE, "1"), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    Query text(String q) {
        List<Query> ways = new ArrayList<>();
        Isbn.tryParse(q).ifPresent(isbn -> ways.add(tier(term(BookDocuments.ISBN, isbn.value()), SearchMatch.ISBN)));
        String key = ChineseText.key(q);
        if (!key.isEmpty()) {
            String folded = ChineseText.folded(q);
            ways.add(tier(term("title_key", key), SearchMatch.TITLE_EXACT));
            ways.add(tier(new PrefixQuery(new Term("title_key", key)), SearchMatch.TITLE_PREFIX));
            add(ways, contains("title", folded, key), SearchMatch.TITLE);
            ways.add(tier(term("author_key", key), SearchMatch.AUTHOR_EXACT));
            add(ways, contains("author", folded, key), SearchMatch.AUTHOR);
            add(ways, contains("publisher", folded, key), SearchMatch.PUBLISHER);
            add(ways, everyWord(folded), SearchMatch.WORDS);
        }
        if (ChineseText.looksLikePinyin(q)) {
            String py = ChineseText.pinyinKey(q);
            if (py.length() >= MIN_PINYIN_LETTERS) {
                ways.add(tier(term("title_pyfull", py), SearchMatch.TITLE_PINYIN_EXACT));
                ways.add(tier(new PrefixQuery(new Term("title_pyfull", py)), SearchMatch.TITLE_PINYIN_PREFIX));
                ways.add(tier(term("author_pyfull", py), SearchMatch.AUTHOR_PINYIN_EXACT));
                ways.add(tier(new PrefixQuery(new Term("author_pyfull", py)), SearchMatch.AUTHOR_PINYIN_PREFIX));
                ways.add(tier(new PrefixQuery(new Term("title_py", py)), SearchMatch.TITLE_PINYIN));
                ways.add(tier(term("title_infull", py), SearchMatch.TITLE_INITIALS_EXACT));
                ways.add(tier(new PrefixQuery(new Term("title_infull", py)), SearchMatch.TITLE_INITIALS_PREFIX));
                ways.add(tier(new PrefixQuery(new Term("title_in", py)), SearchMatch.TITLE_INITIALS));
                ways.add(tier(new PrefixQuery(new Term("author_py", py)), SearchMatch.AUTHOR_PINYIN));
                ways.add(tier(term("author_infull", py), SearchMatch.AUTHOR_INITIALS));
            }
        }
        return ways.isEmpty() ? new MatchNoDocsQuery() : new DisjunctionMaxQuery(ways, 0f);
    }

    /**
     * The field contains the text: a phrase over CJK bigrams (the query's bigrams in a row = the query as a substring)
     * when the query is two or more Han characters; otherwise a phrase over single characters and words — one
     * character, Han mixed with letters or digits, or punctuation and spaces inside the query ("简史：沉默" typed with
     * its colon), which the single-character field skips as it skips the title's own punctuation.
     */
    private Query contains(String field, String folded, String key) {
        boolean hanOnly = key.length() > 1 && key.length() == folded.strip().length()
                && key.chars().allMatch(c -> ChineseText.isHan((char) c));
        return builder.createPhraseQuery(field + (hanOnly ? "_cjk" : "_uni"), folded);
    }

    /** A query with spaces: every word somewhere in title, author or publisher. */
    private Query everyWord(String folded) {
        String[] words = folded.trim().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            String key = ChineseText.key(word);
            if (key.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String field : List.of("title", "author", "publisher")) {
                Query q = contains(field, word, key);
                if (q != null) {
                    any.add(q, BooleanClause.Occur.SHOULD);
                }
            }
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static void add(List<Query> ways, Query query, SearchMatch match) {
        if (query != null) {
            ways.add(tier(query, match));
        }
    }

    private static Query tier(Query query, SearchMatch match) {
        return new BoostQuery(new ConstantScoreQuery(query), match.score());
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
