package com.taoshu.recommend.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * "Readers who borrowed this also borrowed…": item-to-item cosine similarity over co-borrowing readers, shrunk towards
 * zero when few readers support it, computed in primitive arrays.
 *
 * <p>{@code sim(i, j) = c / sqrt(n_i · n_j) · c / (c + shrink)}, where n_i is the number of readers who borrowed i and
 * c the number who borrowed both. The cosine keeps a title that everybody borrows from being everybody's neighbour;
 * the shrinkage keeps two titles that one reader happened to borrow together from outranking a pair that fifty
 * readers borrowed together. Feed (reader, title) pairs grouped by reader, each reader's most recent first; a reader's
 * titles beyond {@code maxPerReader} are ignored (a heavy reader would otherwise cost the square of their history and
 * link everything with everything). Cost: the sum over readers of their titles squared, plus K per title.
 */
public final class ItemSimilarity {

    /** Receives each title's neighbours, best first ({@code rank} 1..K). */
    @FunctionalInterface
    public interface Sink {
        void neighbour(long bookId, int rank, long similarBookId, double score, int coReaders);
    }

    public record Summary(int readers, int titles, int pairs, int neighbours) {
    }

    private final int maxPerReader;
    private final Map<Long, Integer> index = new HashMap<>();
    private long[] bookIds = new long[1024];
    private int[] stamp = new int[1024];
    private int titles;

    private int[] readerItems = new int[4096];
    private int[] readerStart = new int[1025];
    private int readers;
    private int pairs;

    private long currentReader = Long.MIN_VALUE;
    private int currentCount;
    private boolean open;

    public ItemSimilarity(int maxPerReader) {
        this.maxPerReader = maxPerReader;
    }

    /** One loan; rows must come grouped by reader (most recent first within a reader). Repeats are ignored. */
    public void add(long readerId, long bookId) {
        if (!open || readerId != currentReader) {
            currentReader = readerId;
            currentCount = 0;
            open = true;
            readers++;
            if (readers + 1 > readerStart.length) {
                readerStart = Arrays.copyOf(readerStart, readerStart.length * 2);
            }
            readerStart[readers] = readerStart[readers - 1];
        }
        if (currentCount >= maxPerReader) {
            return;
        }
        int item = indexOf(bookId);
        if (stamp[item] == readers) {
            return; // borrowed again: one reader counts once
        }
        stamp[item] = readers;
        int at = readerStart[readers];
        if (at == readerItems.length) {
            readerItems = Arrays.copyOf(readerItems, readerItems.length * 2);
        }
        readerItems[at] = item;
        readerStart[readers] = at + 1;
        currentCount++;
        pairs++;
    }

    private int indexOf(long bookId) {
        Integer known = index.get(bookId);
        if (known != null) {
            return known;
        }
        if (titles == bookIds.length) {
            bookIds = Arrays.copyOf(bookIds, titles * 2);
            stamp = Arrays.copyOf(stamp, titles * 2);
        }
        bookIds[titles] = bookId;
        stamp[titles] = 0;
        index.put(bookId, titles);
        return titles++;
    }

    /** Top {@code k} neighbours of every title into {@code sink}, titles in first-seen order; ties by smaller id. */
    public Summary compute(int k, double shrink, Sink sink) {
        int n = titles;
        int[] readersOf = new int[n];
        for (int r = 0; r < readers; r++) {
            for (int p = readerStart[r]; p < readerStart[r + 1]; p++) {
                readersOf[readerItems[p]]++;
            }
        }
        int[] itemStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            itemStart[i + 1] = itemStart[i] + readersOf[i];
        }
        int[] itemReaders = new int[pairs];
        int[] fill = Arrays.copyOf(itemStart, n);
        for (int r = 0; r < readers; r++) {
            for (int p = readerStart[r]; p < readerStart[r + 1]; p++) {
                itemReaders[fill[readerItems[p]]++] = r;
            }
        }
        int[] co = new int[n];
        int[] touched = new int[n];
        int[] topItem = new int[k];
        double[] topScore = new double[k];
        int[] topCo = new int[k];
        int written = 0;
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            for (int q = itemStart[i]; q < itemStart[i + 1]; q++) {
                int r = itemReaders[q];
                for (int p = readerStart[r]; p < readerStart[r + 1]; p++) {
                    int j = readerItems[p];
                    if (j != i && co[j]++ == 0) {
                        touched[touchedCount++] = j;
                    }
                }
            }
            int kept = 0;
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                int c = co[j];
                co[j] = 0;
                double score = c / Math.sqrt((double) readersOf[i] * readersOf[j]) * c / (c + shrink);
                if (kept == k && !better(score, j, topScore[k - 1], topItem[k - 1])) {
                    continue;
                }
                int at = kept < k ? kept++ : k - 1;
                while (at > 0 && better(score, j, topScore[at - 1], topItem[at - 1])) {
                    topScore[at] = topScore[at - 1];
                    topItem[at] = topItem[at - 1];
                    topCo[at] = topCo[at - 1];
                    at--;
                }
                topScore[at] = score;
                topItem[at] = j;
                topCo[at] = c;
            }
            for (int t = 0; t < kept; t++) {
                sink.neighbour(bookIds[i], t + 1, bookIds[topItem[t]], topScore[t], topCo[t]);
            }
            written += kept;
        }
        return new Summary(readers, n, pairs, written);
    }

    private boolean better(double score, int item, double otherScore, int otherItem) {
        return score > otherScore || score == otherScore && bookIds[item] < bookIds[otherItem];
    }
}
