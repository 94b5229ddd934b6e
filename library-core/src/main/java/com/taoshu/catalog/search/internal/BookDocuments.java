package com.taoshu.catalog.search.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * The index's schema: one Lucene document per title. Chinese text is indexed (already folded: simplified, lower case)
 * as CJK bigrams ({@code *_cjk}, phrase = "contains") and as single characters ({@code *_uni}, for one-character
 * queries); exact/prefix keys ({@code *_key}); pinyin of every reading variant as whole strings ({@code *_pyfull},
 * {@code *_infull}: exact/prefix from the start) and from each character on ({@code *_py}, {@code *_in}: "contains",
 * matched as a prefix at a character boundary).
 */
public final class BookDocuments {

    public static final String ID = "id";
    public static final String ISBN = "isbn";
    public static final String CATEGORY = "category";
    /** Branches holding copies (not lost or withdrawn). */
    public static final String BRANCH = "branch";
    /** Branches with a copy on the shelf (enabled branches only). */
    public static final String AVAILABLE_AT = "available_at";
    /** "1" when a copy is on the shelf at any enabled branch. */
    public static final String AVAILABLE = "available";
    public static final String AVAILABLE_TOTAL = "available_total";
    public static final String CREATED = "created";
    public static final String ID_SORT = "id_sort";

    /** Longest run of characters indexed as one pinyin "contains" term (longer queries still match from the start). */
    static final int MAX_PINYIN_SUFFIX_UNITS = 12;

    private BookDocuments() {
    }

    public static String availableAtField(long branchId) {
        return "available_b" + branchId;
    }

    /** The analyzers of the text fields; everything else is indexed as given. */
    public static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer cjk = new CJKAnalyzer(CharArraySet.EMPTY_SET);
        Analyzer uni = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        for (String f : List.of("title", "author", "publisher")) {
            perField.put(f + "_cjk", cjk);
            perField.put(f + "_uni", uni);
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    public static Document toDocument(IndexedBook book) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(book.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID_SORT, book.id()));
        doc.add(new NumericDocValuesField(CREATED, book.createdAtMillis()));
        if (book.isbn() != null) {
            doc.add(new StringField(ISBN, book.isbn(), Field.Store.NO));
        }
        if (book.categoryId() != null) {
            doc.add(new StringField(CATEGORY, book.categoryId().toString(), Field.Store.NO));
        }
        int availableTotal = 0;
        for (IndexedBook.BranchStock s : book.stock()) {
            if (s.holdings() > 0) {
                doc.add(new StringField(BRANCH, Long.toString(s.branchId()), Field.Store.NO));
            }
            if (s.available() > 0) {
                doc.add(new StringField(AVAILABLE_AT, Long.toString(s.branchId()), Field.Store.NO));
                doc.add(new NumericDocValuesField(availableAtField(s.branchId()), s.available()));
                availableTotal += s.available();
            }
        }
        doc.add(new NumericDocValuesField(AVAILABLE_TOTAL, availableTotal));
        if (availableTotal > 0) {
            doc.add(new StringField(AVAILABLE, "1", Field.Store.NO));
        }
        addText(doc, "title", book.title(), true);
        addText(doc, "author", book.author(), true);
        addText(doc, "publisher", book.publisher(), false);
        return doc;
    }

    private static void addText(Document doc, String name, String text, boolean pinyin) {
        if (text == null || text.isBlank()) {
            return;
        }
        String folded = ChineseText.folded(text);
        doc.add(new TextField(name + "_cjk", folded, Field.Store.NO));
        doc.add(new TextField(name + "_uni", folded, Field.Store.NO));
        doc.add(new StringField(name + "_key", ChineseText.key(text), Field.Store.NO));
        if (pinyin) {
            addPinyin(doc, name, ChineseText.units(text));
        }
    }

    private static void addPinyin(Document doc, String name, List<ChineseText.Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        Set<String> full = new LinkedHashSet<>();
        Set<String> fullInitials = new LinkedHashSet<>();
        Set<String> suffixes = new LinkedHashSet<>();
        Set<String> initialSuffixes = new LinkedHashSet<>();
        for (List<String> readings : ChineseText.readingVariants(units)) {
            full.add(String.join("", readings));
            StringBuilder initials = new StringBuilder(readings.size());
            readings.forEach(r -> initials.append(r.charAt(0)));
            fullInitials.add(initials.toString());
            for (int start = 0; start < readings.size(); start++) {
                int end = Math.min(readings.size(), start + MAX_PINYIN_SUFFIX_UNITS);
                suffixes.add(String.join("", readings.subList(start, end)));
                initialSuffixes.add(initials.substring(start, end));
            }
        }
        full.forEach(t -> doc.add(new StringField(name + "_pyfull", t, Field.Store.NO)));
        fullInitials.forEach(t -> doc.add(new StringField(name + "_infull", t, Field.Store.NO)));
        suffixes.forEach(t -> doc.add(new StringField(name + "_py", t, Field.Store.NO)));
        initialSuffixes.forEach(t -> doc.add(new StringField(name + "_in", t, Field.Store.NO)));
    }
}
