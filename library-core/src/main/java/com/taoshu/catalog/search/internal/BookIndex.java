package com.taoshu.catalog.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The in-memory Lucene index of titles. A full build goes into a fresh directory that then replaces the live one
 * (searches never see a half-built index); single titles are updated in place and visible after {@link #refresh()}.
 * Thread-safe; the caller serialises writes against a full rebuild.
 */
public final class BookIndex implements AutoCloseable {

    /** Deepest hit a page may reach (page × size); further pages are empty, the total stays exact. */
    public static final int MAX_WINDOW = 10_000;

    private final Analyzer analyzer = BookDocuments.analyzer();
    private final BookQueries queries = new BookQueries(analyzer);
    private volatile Generation live;

    private record Generation(Directory directory, IndexWriter writer, SearcherManager searchers) {

        void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    public record Hit(long bookId, float score) {
    }

    public record Hits(long total, List<Hit> hits) {
    }

    public BookQueries queries() {
        return queries;
    }

    public boolean isBuilt() {
        return live != null;
    }

    /** Indexes all titles into a new generation (documents made on {@code threads} threads) and makes it live. */
    public void replaceAll(List<IndexedBook> books, int threads) {
        try {
            Directory directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(128);
            IndexWriter writer = new IndexWriter(directory, config);
            addAll(writer, books, threads);
            writer.commit();
            Generation next = new Generation(directory, writer, new SearcherManager(writer, null));
            Generation previous = live;
            live = next;
            if (previous != null) {
                previous.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addAll(IndexWriter writer, List<IndexedBook> books, int threads) throws IOException {
        if (threads <= 1 || books.size() < 1000) {
            for (IndexedBook b : books) {
                writer.addDocument(BookDocuments.toDocument(b));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-index-build");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            int chunk = (books.size() + threads - 1) / threads;
            for (int from = 0; from < books.size(); from += chunk) {
                List<IndexedBook> part = books.subList(from, Math.min(books.size(), from + chunk));
                parts.add(pool.submit(() -> {
                    for (IndexedBook b : part) {
                        writer.addDocument(BookDocuments.toDocument(b));
                    }
                    return null;
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index build interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("index build failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Adds or replaces these titles (by id); call {@link #refresh()} to make them searchable. */
    public void upsert(Collection<IndexedBook> books) {
        Generation g = require();
        try {
            for (IndexedBook b : books) {
                g.writer().updateDocument(new Term(BookDocuments.ID, Long.toString(b.id())), BookDocuments.toDocument(b));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(Collection<Long> bookIds) {
        Generation g = require();
        try {
            for (long id : bookIds) {
                g.writer().deleteDocuments(new Term(BookDocuments.ID, Long.toString(id)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void refresh() {
        try {
            require().searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of every indexed title (for reconciling with the database). */
    public Set<Long> ids() {
        Generation g = require();
        try {
            IndexSearcher searcher = g.searchers().acquire();
            try {
                Set<Long> ids = new HashSet<>();
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    var values = leaf.reader().getNumericDocValues(BookDocuments.ID_SORT);
                    var live = leaf.reader().getLiveDocs();
                    if (values == null) {
                        continue;
                    }
                    for (int doc = values.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                         doc = values.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            ids.add(values.longValue());
                        }
                    }
                }
                return ids;
            } finally {
                g.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        Generation g = require();
        try {
            IndexSearcher searcher = g.searchers().acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                g.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page of hits. A text query ranks by tier, then copies on the shelf at {@code rankBranchId} (else anywhere),
     * then id; an empty query lists the newest titles first.
     */
    public Hits search(String q, BookQueries.Filters filters, Long rankBranchId, long offset, int size) {
        Generation g = require();
        Query query = queries.build(q, filters);
        boolean empty = q == null || q.isBlank();
        SortField stock = new SortField(rankBranchId != null ? BookDocuments.availableAtField(rankBranchId)
                : BookDocuments.AVAILABLE_TOTAL, SortField.Type.LONG, true);
        stock.setMissingValue(0L);
        Sort sort = empty
                ? new Sort(new SortField(BookDocuments.CREATED, SortField.Type.LONG, true),
                        new SortField(BookDocuments.ID_SORT, SortField.Type.LONG, true))
                : new Sort(SortField.FIELD_SCORE, stock, new SortField(BookDocuments.ID_SORT, SortField.Type.LONG));
        int window = (int) Math.min(MAX_WINDOW, offset + size);
        try {
            IndexSearcher searcher = g.searchers().acquire();
            try {
                TopFieldDocs top = searcher.search(query,
                        new TopFieldCollectorManager(sort, Math.max(1, window), null, Integer.MAX_VALUE));
                List<Hit> hits = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                for (int i = (int) Math.min(offset, top.scoreDocs.length); i < top.scoreDocs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    Document doc = stored.document(sd.doc, Set.of(BookDocuments.ID));
                    // sorted by score first, the score is the first sort value (ScoreDoc.score is not filled in)
                    float score = empty ? 0f : (Float) ((org.apache.lucene.search.FieldDoc) sd).fields[0];
                    hits.add(new Hit(Long.parseLong(doc.get(BookDocuments.ID)), score));
                }
                return new Hits(top.totalHits.value(), hits);
            } finally {
                g.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Generation require() {
        Generation g = live;
        if (g == null) {
            throw new IllegalStateException("search index not built yet");
        }
        return g;
    }

    @Override
    public void close() throws IOException {
        Generation g = live;
        live = null;
        if (g != null) {
            g.close();
        }
    }
}
