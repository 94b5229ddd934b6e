package com.taoshu.catalog.search;

import com.taoshu.catalog.BookChanged;
import com.taoshu.catalog.search.internal.BookIndex;
import com.taoshu.catalog.search.internal.IndexedBook;
import com.taoshu.catalog.search.internal.SearchSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this instance's search index equal to the database, and tells the other instances what changed.
 * <ul>
 *   <li>start: the whole catalog is indexed from the database (the app is not ready before);</li>
 *   <li>a {@link BookChanged} committed here: the title is re-read and re-indexed on this instance, and its id is
 *       published on a Redis topic that every instance of the same database subscribes to, so they re-index it too
 *       (within a second);</li>
 *   <li>every {@code catch-up-interval}: titles whose row or copies were written since the previous catch-up (minus
 *       an overlap) are re-indexed — messages lost while an instance was disconnected, and copies held or returned
 *       by the order flow, which publishes no event; a changed branch rebuilds everything; titles deleted behind the
 *       index's back are dropped.</li>
 * </ul>
 * Index writes run one at a time (on the index thread), so a rebuild never races an update. Stop/start (a paused
 * test context) keeps the index and catches up on restart.
 */
@Component
@EnableConfigurationProperties(SearchProperties.class)
public class SearchIndexSync implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexSync.class);

    private final BookIndex index = new BookIndex();
    private final SearchSource source;
    private final RedissonClient redisson;
    private final SearchProperties properties;
    private final String instanceId = UUID.randomUUID().toString();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final Object writeLock = new Object();

    private volatile ScheduledExecutorService worker;
    private volatile boolean running;
    private RTopic topic;
    private int listenerId = -1;
    private LocalDateTime watermark;
    private String branchesSignature;

    public SearchIndexSync(SearchSource source, RedissonClient redisson, SearchProperties properties) {
        this.source = source;
        this.redisson = redisson;
        this.properties = properties;
    }

    /** The index, built first if the app started without building it. */
    BookIndex index() {
        if (!index.isBuilt()) {
            onWorker(() -> {
                if (!index.isBuilt()) {
                    rebuild();
                }
            });
        }
        return index;
    }

    /**
     * Subscribes to the topic and builds the index (or, when restarted after a stop — e.g. a paused test context —
     * catches up with what changed meanwhile), then schedules the catch-up.
     */
    @Override
    public void start() {
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-index");
            t.setDaemon(true);
            return t;
        });
        topic = redisson.getTopic(properties.topic() + ":" + source.schemaName(), StringCodec.INSTANCE);
        listenerId = topic.addListener(String.class, (channel, message) -> onMessage(message));
        if (index.isBuilt()) {
            worker.execute(this::scheduledCatchUp);
            worker.execute(this::drainPending);
        } else if (properties.buildOnStart()) {
            onWorker(this::rebuild);
        }
        long every = properties.catchUpInterval().toMillis();
        worker.scheduleWithFixedDelay(this::scheduledCatchUp, every, every, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (topic != null && listenerId >= 0) {
            topic.removeListener(listenerId);
            listenerId = -1;
        }
        ScheduledExecutorService w = worker;
        if (w != null) {
            w.shutdownNow();
        }
    }

    @Override
    public void destroy() throws java.io.IOException {
        stop();
        index.close();
    }

    /** Before the web server starts: no request searches a half-built index. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After a catalog change commits: re-index here, then tell the other instances. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onBookChanged(BookChanged event) {
        enqueue(event.bookId());
        try {
            if (topic != null) {
                topic.publishAsync(instanceId + " " + event.bookId());
            }
        } catch (RuntimeException e) {
            // the other instances' catch-up will find the change; the librarian's edit stands
            log.warn("could not announce changed book {}: {}", event.bookId(), e.toString());
        }
    }

    private void onMessage(String message) {
        int space = message.indexOf(' ');
        if (space < 0 || message.substring(0, space).equals(instanceId)) {
            return;
        }
        try {
            enqueue(Long.parseLong(message.substring(space + 1)));
        } catch (NumberFormatException e) {
            log.warn("ignoring malformed search topic message «{}»", message);
        }
    }

    private void enqueue(long bookId) {
        pending.add(bookId);
        ScheduledExecutorService w = worker;
        if (w != null && !w.isShutdown()) {
            w.execute(this::drainPending);
        }
    }

    /** Re-indexes now what the database says changed since the last catch-up (tests, operators). Waits for it. */
    public void catchUpNow() {
        onWorker(this::catchUp);
    }

    /** Rebuilds the whole index from the database now. Waits for it. */
    public void rebuildNow() {
        onWorker(this::rebuild);
    }

    private void drainPending() {
        if (pending.isEmpty() || !index.isBuilt()) {
            return;
        }
        List<Long> ids = new ArrayList<>(pending);
        pending.removeAll(ids);
        try {
            synchronized (writeLock) {
                apply(ids);
            }
        } catch (RuntimeException e) {
            log.warn("re-indexing books {} failed, the catch-up will retry: {}", ids, e.toString());
        }
    }

    private void scheduledCatchUp() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("search index catch-up failed: {}", e.toString());
        }
    }

    private void catchUp() {
        synchronized (writeLock) {
            catchUpLocked();
        }
    }

    private void catchUpLocked() {
        if (!index.isBuilt()) {
            return;
        }
        LocalDateTime now = source.databaseNow();
        if (!source.branchesSignature().equals(branchesSignature)) {
            rebuildLocked();
            return;
        }
        Set<Long> changed = source.changedSince(watermark.minus(properties.catchUpOverlap()));
        if (!changed.isEmpty()) {
            apply(changed);
        }
        watermark = now;
        reconcileIfCountsDiffer();
    }

    /** Titles inserted or deleted without an event or a fresh updated_at (SQL by hand): compare id sets. */
    private void reconcileIfCountsDiffer() {
        Set<Long> inDatabase = source.allIds();
        if (inDatabase.size() == index.size()) {
            return;
        }
        Set<Long> inIndex = index.ids();
        Set<Long> gone = new HashSet<>(inIndex);
        gone.removeAll(inDatabase);
        Set<Long> missing = new HashSet<>(inDatabase);
        missing.removeAll(inIndex);
        index.delete(gone);
        index.upsert(source.byIds(missing));
        index.refresh();
        log.info("search index reconciled: {} dropped, {} added", gone.size(), missing.size());
    }

    private void apply(java.util.Collection<Long> ids) {
        List<IndexedBook> found = source.byIds(ids);
        Set<Long> deleted = new HashSet<>(ids);
        found.forEach(b -> deleted.remove(b.id()));
        index.upsert(found);
        index.delete(deleted);
        index.refresh();
    }

    private void rebuild() {
        synchronized (writeLock) {
            rebuildLocked();
        }
    }

    private void rebuildLocked() {
        long t0 = System.nanoTime();
        LocalDateTime startedAt = source.databaseNow();
        String signature = source.branchesSignature();
        List<IndexedBook> books = source.all();
        long loaded = System.nanoTime();
        index.replaceAll(books, properties.buildThreads());
        watermark = startedAt;
        branchesSignature = signature;
        log.info("search index built: {} titles in {} ms (database {} ms, indexing {} ms)", books.size(),
                (System.nanoTime() - t0) / 1_000_000, (loaded - t0) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
    }

    /** Runs the task on the index thread and waits; while stopped, in the caller (still one writer at a time). */
    private void onWorker(Runnable task) {
        ScheduledExecutorService w = worker;
        if (w == null || w.isShutdown()) {
            task.run();
            return;
        }
        Future<?> f = w.submit(task);
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search index", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }
}
